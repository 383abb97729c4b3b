using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// The problem types come from ASP.NET Core, whose XML documentation the document does not read, so their members
/// would be the only ones without a description. They are described here in the terms of RFC 9457, as this API fills them.
/// </summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    private static readonly Dictionary<string, string> Members = new(StringComparer.Ordinal)
    {
        ["type"] = "A URI reference identifying the problem type (RFC 9457); here the section of RFC 9110 that defines the status.",
        ["title"] = "A short summary of the problem type, the same for every occurrence of it; for a bad parameter it names the parameter.",
        ["status"] = "The HTTP status code of this answer.",
        ["detail"] = "What went wrong with this request, in words: for a bad parameter, which parameter and what it allows.",
        ["instance"] = "A URI reference identifying this occurrence of the problem; not set by this API.",
        ["errors"] = "The bad parameters, each with the messages that say what it allows.",
    };

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema concrete || !typeof(ProblemDetails).IsAssignableFrom(context.Type))
        {
            return;
        }

        concrete.Description = context.Type == typeof(HttpValidationProblemDetails)
            ? "A problem (RFC 9457) about the request's parameters: a 400 that names each bad parameter and what it allows."
            : "A problem (RFC 9457): why the request got no answer, as application/problem+json.";
        foreach (var (name, property) in concrete.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (property is OpenApiSchema member && member.Description is null && Members.TryGetValue(name, out var text))
            {
                member.Description = text;
            }
        }
    }
}
