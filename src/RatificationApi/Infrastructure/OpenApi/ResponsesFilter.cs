using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// The responses every operation can give that no endpoint declares itself: 406 from the Accept check
/// and 429 from the rate limiter, both problems; and, on every operation, no security requirement (the
/// API is public).
/// </summary>
internal sealed class ResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        operation.Responses ??= [];
        Add(operation, context, "406", "The Accept header admits none of this resource's media types.");
        Add(operation, context, "429", "Too many requests from this client; see the Retry-After header.", retryAfter: true);
        operation.Security = [];

        // Every successful GET but the health checks is served with a strong ETag (RepresentationCache),
        // so a conditional request may get 304.
        if (context.ApiDescription.RelativePath?.StartsWith("health", StringComparison.Ordinal) == false && !operation.Responses.ContainsKey("304"))
        {
            operation.Responses["304"] = new OpenApiResponse { Description = "Not Modified: the representation named in If-None-Match is still current." };
        }

        if (operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            foreach (var alternative in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<AlternativeMediaTypeMetadata>())
            {
                success.Content ??= new Dictionary<string, IOpenApiMediaType>();
                success.Content[alternative.MediaType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }

        // lang is the API's one language parameter (LanguageNegotiation): an operation that takes it answers in a
        // language and says which, whether lang or Accept-Language chose it.
        if (operation.Parameters?.Any(p => p.Name == "lang" && p.In == ParameterLocation.Query) == true
            && operation.Responses.TryGetValue("200", out var localized) && localized is OpenApiResponse answer)
        {
            answer.Headers ??= new Dictionary<string, IOpenApiHeader>();
            answer.Headers[Microsoft.Net.Http.Headers.HeaderNames.ContentLanguage] = new OpenApiHeader
            {
                Description = "The language of the answer: lang when given, else the first of the six that Accept-Language asks for, else en.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [.. Data.Languages.All.Select(l => (System.Text.Json.Nodes.JsonNode)l!)] },
            };
        }

        foreach (var header in context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ResponseHeaderMetadata>())
        {
            if (operation.Responses.TryGetValue(header.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture), out var found) && found is OpenApiResponse response)
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[header.Name] = new OpenApiHeader { Description = header.Description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }

        NotAcceptableExample(operation);
    }

    // The 406 answer as the Accept check writes it, from the same words: a tool that checks answers against the example
    // (Dredd, which reads no schema) then expects the fields the service sends, not every optional field of ProblemDetails.
    private static void NotAcceptableExample(OpenApiOperation operation)
    {
        if (operation.Responses!.TryGetValue("406", out var refused) && refused is OpenApiResponse problem
            && problem.Content?.TryGetValue("application/problem+json", out var json) == true && json is OpenApiMediaType media
            && operation.Responses.TryGetValue("200", out var ok) && ok.Content is { Count: > 0 } content)
        {
            media.Example = new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = ProblemJsonWriter.TypeOf(StatusCodes.Status406NotAcceptable),
                ["title"] = ContentNegotiation.NotAcceptableTitle,
                ["status"] = StatusCodes.Status406NotAcceptable,
                ["detail"] = ContentNegotiation.NotAcceptableDetail(content.Keys),
            };
        }
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description, bool retryAfter = false)
    {
        if (operation.Responses!.ContainsKey(status))
        {
            return;
        }

        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["application/problem+json"] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository) },
            },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before the next request.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                },
            };
        }

        operation.Responses[status] = response;
    }
}
