using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using RatificationApi.Data;
using RatificationApi.Domain;
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

        // The embed page takes its choices from a form, so an empty state or instrument is allowed there.
        var optional = context.PropertyInfo?.DeclaringType == typeof(Widgets.EmbedPageRequest);
        switch (parameter.Name)
        {
            case "state" or "instrument" when optional:
                schema.Pattern = parameter.Name == "state" ? "^([A-Za-z]{2,3})?$" : "^([A-Za-z0-9-]{1,40})?$";
                break;
            case "theme":
                Enum(schema, Widgets.Palette.Themes);
                break;
            case "instruments":
                schema.Pattern = "^[A-Za-z0-9-]{1,40}(,[A-Za-z0-9-]{1,40})*$";
                schema.MaxLength = 200;
                break;
            case "lang" when parameter is OpenApiParameter concrete:
                // One shared schema, so that a generated client has one Language type, not one per operation.
                if (!context.SchemaRepository.Schemas.ContainsKey("Language"))
                {
                    var language = new OpenApiSchema { Type = JsonSchemaType.String, Description = "One of the six official languages of the United Nations (ISO 639-1)." };
                    Enum(language, Languages.All);
                    context.SchemaRepository.AddDefinition("Language", language);
                }

                concrete.Schema = new OpenApiSchemaReference("Language", null, null);
                break;
            case "asOf" or "from" or "to" or "since":
                schema.Format = "date";
                break;
            case "code" or "state":
                schema.Pattern = "^[A-Za-z]{2,3}$";
                break;
            case "id" when parameter is OpenApiParameter { Description: { } d } && d.Contains("resolution", StringComparison.OrdinalIgnoreCase):
                schema.Pattern = "^[Aa]-[Rr][Ee][Ss]-[0-9]{1,3}-[0-9]{1,4}$";
                break;
            case "id" or "instrument":
                schema.Pattern = "^[A-Za-z0-9-]{1,40}$";
                break;
            case "region":
                schema.Pattern = "^[0-9]{3}$";
                break;
            case "unMember" or "compact":
                Enum(schema, ["true", "false"]);
                break;
            case "status":
                Enum(schema, Instruments.ParticipantsRequestValidator.Statuses);
                break;
            case "groupBy":
                Enum(schema, Instruments.GapsRequestValidator.Groupings);
                break;
            case "format":
                Enum(schema, ResponseFormat.All);
                break;
            case "kind":
                Enum(schema, ActionKinds.Names);
                break;
            case "limit":
                schema.Type = JsonSchemaType.Integer;
                schema.Format = "int32";
                schema.Minimum = "1";
                schema.Maximum = Actions.ActionFeedEndpoints.MaxLimit.ToString(System.Globalization.CultureInfo.InvariantCulture);
                schema.Default = Actions.ActionFeedEndpoints.DefaultLimit;
                break;
            case "cursor":
                schema.MaxLength = 200;
                break;
        }
    }

    private static void Enum(OpenApiSchema schema, IEnumerable<string> values) =>
        schema.Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))];
}
