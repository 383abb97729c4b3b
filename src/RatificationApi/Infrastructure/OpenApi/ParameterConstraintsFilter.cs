using System.Reflection;
using Microsoft.OpenApi;
using RatificationApi.Data;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Writes into each parameter's schema the constraints its validator enforces (pattern, enum, date
/// format, bounds), from the same constants the validators use, so that a client can check a request
/// before sending it.
/// </summary>
internal sealed class ParameterConstraintsFilter : IParameterFilter
{
    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(context);
        if (parameter.Schema is not OpenApiSchema schema)
        {
            return;
        }

        // The parameters every feature shares, by name; then what a feature writes on its own parameters, which may narrow them.
        switch (parameter.Name)
        {
            case "lang" when parameter is OpenApiParameter concrete:
                ParameterSchemaAttribute.EnsureLanguage(context.SchemaRepository);
                concrete.Schema = new OpenApiSchemaReference(ParameterSchemaAttribute.LanguageSchema, null, null);
                break;
            case "asOf" or "from" or "to" or "since":
                schema.Format = "date";
                break;
            case "code" or "state":
                schema.Pattern = "^[A-Za-z]{2,3}$";
                break;
            case "id" or "instrument":
                schema.Pattern = "^[A-Za-z0-9-]{1,40}$";
                break;
            case "region":
                schema.Pattern = "^[0-9]{3}$";
                break;
            case "unMember" or "compact":
                // A flag: the validator takes true or false in any case (RequestRules.ValidBoolean).
                schema.Type = JsonSchemaType.Boolean;
                schema.Enum = null;
                break;
            case "format" when parameter is OpenApiParameter concrete:
                ParameterSchemaAttribute.Shared(concrete, context.SchemaRepository, "ResponseFormat", "The representation of an answer: `json` or `csv`.", ResponseFormat.All);
                break;
        }

        if (context.PropertyInfo?.GetCustomAttribute<ParameterSchemaAttribute>() is { } own && parameter is OpenApiParameter target)
        {
            own.Apply(target, schema, context);
        }
    }
}
