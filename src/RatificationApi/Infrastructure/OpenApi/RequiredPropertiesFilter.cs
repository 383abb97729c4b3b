using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Every property of a response contract is always present (null where unknown, never omitted), so
/// the document says so: all of them are required, and a null is allowed only where the type allows it. The exception
/// is a property that only some answers carry, which the contract omits when it is null
/// (<c>[JsonIgnore(Condition = WhenWritingNull)]</c>): it is optional, and never null when present.
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

        var optional = context.Type.GetProperties()
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>()?.Condition == JsonIgnoreCondition.WhenWritingNull)
            .Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .ToHashSet(StringComparer.Ordinal);
        concrete.Required = new HashSet<string>(concrete.Properties.Keys.Where(k => !optional.Contains(k)), StringComparer.Ordinal);

    }
}
