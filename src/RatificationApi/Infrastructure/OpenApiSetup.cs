using System.Reflection;
using Microsoft.OpenApi;

namespace RatificationApi.Infrastructure;

/// <summary>The OpenAPI document: what Swashbuckle generates, plus the information a consumer needs about the API as a whole.</summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddApiDocument(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc(DocumentName, new OpenApiInfo
            {
                Title = "RatificationApi",
                Version = "v1",
                Description = """
                    Which States have signed, ratified, acceded or succeeded to the five UN instruments against trafficking in
                    persons and slavery that General Assembly resolution 63/194 (18 December 2008) urges States to join, since when,
                    and where the gaps are.

                    Provenance: every treaty action comes from a recorded source (the UN Treaty Collection's status lists and
                    copies of them, depositary files, gazettes, ministries), named in each response's `sources`. Each instrument
                    states the date through which its data is complete (`coverage.completeAsAt`); what no source gives stays
                    unknown (null), and a date known only to the month or year says so (`datePrecision`).

                    Enums: the vocabularies in answers (`TreatyStatus`, `ActionKind`, `DatePrecision`, `Basis`, `StatementKind`, ...)
                    may gain a value within v1, announced in the changelog of docs/api.md at least 30 days before the data
                    uses it. Clients must tolerate a value they do not know (show it, or treat it as "other"), as they ignore
                    fields they do not know; values are never removed or renamed in v1.
                    """,
            });
            // The service's contracts, and Core's, whose enums (the Domain's vocabularies) are response schemas too.
            foreach (var assembly in new[] { Assembly.GetExecutingAssembly(), typeof(Domain.TreatyStatus).Assembly })
            {
                var xml = Path.Combine(AppContext.BaseDirectory, $"{assembly.GetName().Name}.xml");
                if (File.Exists(xml))
                {
                    options.IncludeXmlComments(xml);
                }
            }

            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            options.DocumentFilter<OpenApi.DocumentInfoFilter>();
            options.DocumentFilter<OpenApi.NullableObjectsFilter>();
            options.OperationFilter<OpenApi.ResponsesFilter>();
            options.OperationFilter<OpenApi.ExamplesFilter>();
            options.OperationFilter<OpenApi.ConditionalRequestsFilter>();
            options.DocumentFilter<OpenApi.ParameterExamplesFilter>();
            options.ParameterFilter<OpenApi.ParameterConstraintsFilter>();
            options.SchemaFilter<OpenApi.RequiredPropertiesFilter>();
            options.SchemaFilter<OpenApi.ProblemSchemaFilter>();
            options.SchemaFilter<OpenApi.LanguageValuedFilter>();
            options.CustomSchemaIds(SchemaId);
        });
        return services;
    }

    // Contract records are named XxxContract; the schema is Xxx. A few names are chosen so that each says one thing:
    // "Status" would be the status object, the status enum and, in generated clients, its own property "status".
    private static readonly Dictionary<string, string> SchemaNames = new(StringComparer.Ordinal)
    {
        ["Status"] = "ParticipantStatus",
        ["Region"] = "M49Area",
        ["Recorded"] = "ReservationsRecorded",
        ["RuleBasis"] = "EntryIntoForceRuleBasis",
    };

    private static string SchemaId(Type type)
    {
        var name = type.Name.EndsWith("Contract", StringComparison.Ordinal) ? type.Name[..^"Contract".Length] : type.Name;
        return SchemaNames.GetValueOrDefault(name, name);
    }

    /// <summary>
    /// Serves the document at /openapi/v1.json and Swagger UI at /swagger. Both are built the first time one of them is
    /// asked for: building Swashbuckle's middleware reads the XML comments and loads the OpenAPI and XML libraries,
    /// which a replica that is never asked for its document should not pay for when it starts, nor keep in memory.
    /// </summary>
    public static WebApplication UseApiDocument(this WebApplication app)
    {
        app.Use(next =>
        {
            var documents = new Lazy<RequestDelegate>(() =>
            {
                var branch = ((IApplicationBuilder)app).New();
                branch.UseSwagger(options => options.RouteTemplate = "openapi/{documentName}.json");
                branch.UseSwaggerUI(options =>
                {
                    options.SwaggerEndpoint($"/openapi/{DocumentName}.json", "RatificationApi v1");
                    options.RoutePrefix = "swagger";
                });
                branch.Run(next);
                return branch.Build();
            });
            return context => IsDocumentPath(context.Request.Path) ? documents.Value(context) : next(context);
        });
        return app;
    }

    private static bool IsDocumentPath(PathString path) =>
        path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);
}
