using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Every property of a response contract is always present (null where unknown, never omitted), so
/// the document says so: all of them are required, and a null is allowed only where the type allows it.
/// </summary>
internal sealed class RequiredPropertiesFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete || context.Type.Namespace?.StartsWith("RatificationApi", StringComparison.Ordinal) != true)
        {
            return;
        }

        concrete.Required = new HashSet<string>(concrete.Properties.Keys, StringComparer.Ordinal);

    }
}
