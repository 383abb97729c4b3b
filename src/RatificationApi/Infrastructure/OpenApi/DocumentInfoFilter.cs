using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>What the document says about the API as a whole: where it is served, who answers for it, and its tags.</summary>
internal sealed class DocumentInfoFilter : IDocumentFilter
{
    /// <summary>
    /// The server the document names: the service as the README starts it, on Kestrel's default port. Written as the IPv4
    /// loopback address Kestrel's localhost binds, since Redocly rejects "localhost" as a placeholder: this one is real.
    /// </summary>
    public const string DefaultServer = "http://127.0.0.1:5000";

    private static readonly (string Name, string Description)[] Tags =
    [
        ("Instruments", "The five instruments that resolution 63/194 urges States to join: metadata, counts, coverage, participants, gaps, progress and timelines."),
        ("States", "The possible participants (UN Member States, observer States, Cook Islands, Niue, the European Union) and each one's status under the five instruments."),
        ("Status matrix", "Every participant's status under every instrument in one table, as JSON or CSV."),
        ("Change feed", "Every treaty action in a stable order, a page at a time, for systems that keep a copy in sync."),
        ("Resolutions", "General Assembly resolution 63/194 and the gaps it addresses, on the day of adoption and today."),
        ("Widgets and badges", "HTML widgets and SVG badges for other sites to embed (framable by any site, no script), and the page that builds their snippets."),
        ("Downloads", "The data as files: the SQLite database the service answers from, to query with sqlite3 or any SQLite library."),
        ("Health", "Liveness and readiness, for load balancers and orchestrators."),
    ];

    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(swaggerDoc);
        swaggerDoc.Info.Contact = new OpenApiContact { Name = "RatificationApi maintainers (issues in the project's tracker)" };
        swaggerDoc.Info.License = new OpenApiLicense
        {
            Name = "CC BY 4.0 (the data); the facts come from the UN Treaty Collection and the sources named in each response",
            Url = new Uri("https://creativecommons.org/licenses/by/4.0/"),
        };
        // An absolute URL: generators drop a relative one (Kiota ignores "/", and a client generated without a base
        // URL cannot call anything until someone reads its source). The default is the address the service listens on
        // when started as the README says; every replica serves the same API, so a client points at another host by
        // its base URL alone.
        swaggerDoc.Servers =
        [
            new OpenApiServer
            {
                Url = DefaultServer,
                Description = "A local instance, where `dotnet run --project src/RatificationApi` listens. Every deployment and replica "
                    + "serves the same API under its own base URL: point a client at another host by giving it that base URL "
                    + "(Kiota: the request adapter's BaseUrl; NSwag: the client's BaseUrl; openapi-fetch: baseUrl; Dredd, Prism, curl: the URL "
                    + "argument). Paths are absolute from the host: /v1/..., /widgets/..., /badges/..., /health/....",
            },
        ];

        var used = swaggerDoc.Paths.Values
            .SelectMany(p => p.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name)
            .ToHashSet(StringComparer.Ordinal);
        swaggerDoc.Tags = new HashSet<OpenApiTag>(Tags.Where(t => used.Contains(t.Name)).Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
    }
}
