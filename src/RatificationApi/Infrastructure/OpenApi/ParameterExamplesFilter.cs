using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Gives every path parameter an example, and every query parameter of an operation's example request its value there,
/// so that a tool that builds requests from the document (Dredd, Schemathesis, Swagger UI's "Try it out") asks for
/// something that exists. The values are never typed here: they come from the committed example requests
/// (openapi/examples/, each checked against the live answer), so the request a tool builds for an operation with an
/// example is the request whose answer the document shows. A path parameter of an operation without an example takes
/// the value the same collection's parameter has in another operation's example (<c>instruments/{id}</c> of
/// getInstrument for <c>/widgets/instruments/{id}</c>), else the value of a parameter of the same name.
/// </summary>
internal sealed class ParameterExamplesFilter(IConfiguration configuration) : IDocumentFilter
{
    /// <summary>The shared schema of <c>format</c>, which chooses between JSON and CSV as Accept does.</summary>
    public const string FormatSchema = "ResponseFormat";

    private readonly string? _directory = configuration[ExamplesFilter.DirectorySetting];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        ArgumentNullException.ThrowIfNull(context);
        var operations = (
            from path in swaggerDoc.Paths
            from operation in path.Value.Operations ?? []
            select (Template: path.Key, Operation: operation.Value)).ToList();

        // What the examples say: per operation, its request's values; per collection and per name, the first value seen.
        var own = new Dictionary<OpenApiOperation, Dictionary<string, string>>();
        var byCollection = new Dictionary<(string Collection, string Name), string>();
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (template, operation) in operations)
        {
            if (operation.OperationId is not { } id || ExamplesFilter.Load(_directory, id)?["request"]?.GetValue<string>() is not { } request)
            {
                continue;
            }

            var values = Match(template, request);
            own[operation] = values;
            foreach (var (collection, name) in PathParameters(template))
            {
                if (values.TryGetValue(name, out var value))
                {
                    byCollection.TryAdd((collection, name), value);
                    byName.TryAdd(name, value);
                }
            }
        }

        // Then a query parameter's value for a path parameter of its name (the change feed's instrument for a badge's).
        foreach (var values in own.Values)
        {
            foreach (var (name, value) in values)
            {
                byName.TryAdd(name, value);
            }
        }

        foreach (var (template, operation) in operations)
        {
            var values = own.GetValueOrDefault(operation);
            var collections = PathParameters(template).ToDictionary(p => p.Name, p => p.Collection, StringComparer.Ordinal);
            foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
            {
                var name = parameter.Name ?? string.Empty;
                string? example = values?.GetValueOrDefault(name);
                if (example is null && parameter.In == ParameterLocation.Path)
                {
                    example = collections.TryGetValue(name, out var collection) && byCollection.TryGetValue((collection, name), out var same)
                        ? same
                        : byName.GetValueOrDefault(name);
                }

                if (example is not null)
                {
                    parameter.Example = Typed(example, parameter.Schema);
                }

                if (name == "format" && parameter.In == ParameterLocation.Query)
                {
                    parameter.Schema = Shared(context, parameter.Schema);
                }
            }
        }
    }

    // format is the alternative to Accept for clients that cannot set headers; a tool that sends one value for every
    // transaction of an operation would contradict the Accept of the other media type (format=json with Accept:
    // text/csv answers JSON). One named schema for the three operations that take it gives generators one type, and
    // leaves the choice to Accept in a tool that does not resolve a parameter's $ref (Dredd), as for lang.
    private static IOpenApiSchema? Shared(DocumentFilterContext context, IOpenApiSchema? schema)
    {
        if (schema is not OpenApiSchema inline)
        {
            return schema;
        }

        if (!context.SchemaRepository.Schemas.ContainsKey(FormatSchema))
        {
            inline.Description ??= "json (the default) or csv; the same choice as Accept: application/json or text/csv, and it wins over Accept.";
            context.SchemaRepository.AddDefinition(FormatSchema, inline);
        }

        return new OpenApiSchemaReference(FormatSchema, null, null);
    }

    /// <summary>The example as its schema's type: a number for an integer (limit=2 is 2), else the text.</summary>
    private static JsonValue Typed(string value, IOpenApiSchema? schema) =>
        schema?.Type is { } type && type.HasFlag(JsonSchemaType.Integer) && int.TryParse(value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? JsonValue.Create(number)
            : schema?.Type is { } kind && kind.HasFlag(JsonSchemaType.Boolean) && bool.TryParse(value, out var flag)
                ? JsonValue.Create(flag)
                : JsonValue.Create(value);

    /// <summary>Each path parameter of <paramref name="template"/> with the literal segment before it (empty when there is none).</summary>
    private static IEnumerable<(string Collection, string Name)> PathParameters(string template)
    {
        var segments = template.Trim('/').Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            if (Parameter(segments[i]) is { } name)
            {
                yield return (i > 0 && Parameter(segments[i - 1]) is null ? segments[i - 1] : string.Empty, name.Name);
            }
        }
    }

    /// <summary>The parameter a template segment holds (<c>{code}</c>, or <c>{code}.svg</c> with its literal suffix).</summary>
    private static (string Name, string Suffix)? Parameter(string segment)
    {
        var close = segment.IndexOf('}', StringComparison.Ordinal);
        return segment.StartsWith('{') && close > 0 ? (segment[1..close], segment[(close + 1)..]) : null;
    }

    /// <summary>The values a request gives the parameters of <paramref name="template"/>: path parameters, then its query.</summary>
    private static Dictionary<string, string> Match(string template, string request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var query = request.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? request : request[..query];
        var names = template.Trim('/').Split('/');
        var given = path.Trim('/').Split('/');
        for (var i = 0; i < Math.Min(names.Length, given.Length); i++)
        {
            if (Parameter(names[i]) is { } parameter && given[i].EndsWith(parameter.Suffix, StringComparison.Ordinal))
            {
                values[parameter.Name] = Uri.UnescapeDataString(given[i][..^parameter.Suffix.Length]);
            }
        }

        if (query >= 0)
        {
            foreach (var (name, value) in QueryHelpers.ParseQuery(request[query..]))
            {
                values.TryAdd(name, value.ToString());
            }
        }

        return values;
    }
}
