using System.Reflection;
using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// A contract property that holds a language code (<c>titleLang</c>, <c>nameLang</c>): in the document it refers to the
/// same <c>Language</c> schema as the <c>lang</c> parameter, so that a client reads the type it asks with.
/// </summary>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false)]
public sealed class LanguageValuedAttribute : Attribute;

/// <summary>Points the properties marked <see cref="LanguageValuedAttribute"/> at the shared <c>Language</c> schema.</summary>
internal sealed class LanguageValuedFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        foreach (var property in context.Type.GetProperties().Where(p => p.GetCustomAttribute<LanguageValuedAttribute>() is not null))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            if (concrete.Properties!.TryGetValue(name, out var existing))
            {
                ParameterSchemaAttribute.EnsureLanguage(context.SchemaRepository);
                concrete.Properties[name] = new OpenApiSchema
                {
                    Description = existing.Description,
                    AllOf = [new OpenApiSchemaReference(ParameterSchemaAttribute.LanguageSchema, null, null)],
                };
            }
        }
    }
}
