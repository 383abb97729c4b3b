using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// In OpenAPI 3.0 a property that is "a value of schema X, or null" cannot be a bare reference: <c>nullable</c> beside
/// <c>allOf: [$ref]</c> still requires X, so a null fails validation (Spectral, Redocly and Prism all say so). Such
/// properties become <c>oneOf: [$ref X, null]</c>, where the null branch is X's type made nullable and restricted to
/// null: X stays defined once in the components (a generated client gets one type, not one per property), and every
/// validator reads the null alike.
/// </summary>
internal sealed class NullableObjectsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        ArgumentNullException.ThrowIfNull(context);
        var schemas = context.SchemaRepository.Schemas;
        foreach (var schema in schemas.Values.OfType<OpenApiSchema>())
        {
            foreach (var (name, property) in (schema.Properties ?? new Dictionary<string, IOpenApiSchema>()).ToList())
            {
                if (property is OpenApiSchema { AllOf: [OpenApiSchemaReference reference] } nullable
                    && nullable.Type is { } type && type.HasFlag(JsonSchemaType.Null)
                    && reference.Reference.Id is { } id
                    && schemas.TryGetValue(id, out var target)
                    && target is OpenApiSchema definition)
                {
                    schema.Properties![name] = new OpenApiSchema
                    {
                        Description = nullable.Description ?? definition.Description,
                        OneOf = [new OpenApiSchemaReference(id, null, null), NullOf(definition)],
                    };
                }
            }
        }

        // A schema now written only in place is no longer referenced: drop it from the components.
        var referenced = new HashSet<string>(StringComparer.Ordinal);
        foreach (var schema in schemas.Values)
        {
            Collect(schema, referenced, top: true);
        }

        foreach (var operation in swaggerDoc.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []))
        {
            foreach (var media in (operation.Responses?.Values.AsEnumerable() ?? []).SelectMany(r => r.Content?.Values.AsEnumerable() ?? []))
            {
                Collect(media.Schema, referenced, top: false);
            }

            foreach (var parameter in operation.Parameters ?? [])
            {
                Collect(parameter.Schema, referenced, top: false);
            }
        }

        foreach (var unused in schemas.Keys.Where(k => !referenced.Contains(k)).ToList())
        {
            schemas.Remove(unused);
        }
    }

    private static void Collect(IOpenApiSchema? schema, HashSet<string> referenced, bool top)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference reference:
                if (reference.Reference.Id is { } id)
                {
                    referenced.Add(id);
                }

                return;
            case OpenApiSchema concrete:
                foreach (var child in (concrete.Properties?.Values ?? []).Concat(concrete.AllOf ?? []).Concat(concrete.AnyOf ?? []).Concat(concrete.OneOf ?? []))
                {
                    Collect(child, referenced, top: false);
                }

                Collect(concrete.Items, referenced, top: false);
                Collect(concrete.AdditionalProperties, referenced, top: false);
                _ = top;
                return;
        }
    }

    // Only null, written the OpenAPI 3.0 way: a nullable type whose one allowed value is null.
    private static OpenApiSchema NullOf(OpenApiSchema definition) => new()
    {
        Type = (definition.Type ?? JsonSchemaType.Object) | JsonSchemaType.Null,
        Enum = [null!],
    };
}
