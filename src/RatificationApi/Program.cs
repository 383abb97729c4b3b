using System.Text.Json.Serialization;
using FluentValidation;
using Microsoft.Extensions.Options;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Health;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.Caching;
using RatificationApi.Actions;
using RatificationApi.Downloads;
using RatificationApi.Instruments;
using RatificationApi.Matrix;
using RatificationApi.Resolutions;
using RatificationApi.States;
using RatificationApi.ReadModel;
using RatificationApi.Widgets;

// The slim builder: no IIS integration, HTTPS defaults or HTTP/3 (QUIC) transport, which a plain-HTTP service behind a
// balancer never uses and which the full builder loads at start-up (1.7 MB of mapped assemblies, measured with smaps).
var builder = WebApplication.CreateSlimBuilder(args);

builder.Services.AddOptions<DataOptions>().BindConfiguration(DataOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<SqliteConnectionFactory>();
builder.Services.AddSingleton<DatabaseBuilder>();
builder.Services.AddSingleton<Catalog>();
builder.Services.AddSingleton<StatusService>();
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: false);
builder.Services.ConfigureHttpJsonOptions(options => options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never);
// After every other setup (AddProblemDetails puts its own context first): System.Text.Json writes with the
// source-generated code only when every resolver of the options was generated with options like these, and
// ASP.NET Core's problem-details context and its explicit default encoder are not. Problems are written by
// ProblemJsonWriter with options of its own; a type outside ApiJsonContext still serializes by reflection. The
// default encoder is what a null Encoder means, so the bytes do not change.
builder.Services.PostConfigure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options =>
{
    options.SerializerOptions.Encoder = null;
    options.SerializerOptions.TypeInfoResolver = System.Text.Json.Serialization.Metadata.JsonTypeInfoResolver.Combine(
        RatificationApi.ApiJsonContext.Default, new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
});
// Ours first: the problem service uses the first writer that accepts, and ours escapes reflected markup.
builder.Services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>();
builder.Services.AddProblemDetails(options =>
    options.CustomizeProblemDetails = context => context.ProblemDetails.Extensions.Remove("traceId"));
builder.Services.AddApiDocument();
builder.Services.AddClientRateLimiting();
builder.Services.AddRepresentationCache();
builder.Services.AddHostedService<NativeHeapTrimming>();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.Limits.MaxRequestBodySize = 16 * 1024;
    // Room for a 10 KB query value, so that it reaches validation and gets a problem that names it.
    kestrel.Limits.MaxRequestLineSize = 32 * 1024;
});
builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
    .AllowAnyOrigin()
    .WithMethods("GET", "HEAD")
    .WithHeaders("Accept", "Accept-Language", "If-None-Match")
    .WithExposedHeaders("ETag", "Link", "Content-Language", "Retry-After")));

var app = builder.Build();

app.UseHeadAsGet();
app.UseSecurityHeaders();
app.UseBareJsonMediaType();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
if (app.Services.GetRequiredService<IOptions<RateLimitingOptions>>().Value.Enabled)
{
    // Off, it is not in the pipeline at all: even a limiter that never limits takes a lock per request.
    app.UseRateLimiter();
}

// Until start-up has loaded the catalog (below), requests wait here; nothing after this reads a catalog half loaded.
app.UseLoadedCatalog();

// Before routing: a cached answer costs neither routing nor the endpoint, and a HEAD can be routed as its GET.
app.UseRepresentationCache();
app.UseRouting();
app.UseReadOnlyMethods();
app.UseAcceptCheck();
app.UseSingleQueryValues();

app.UseApiDocument();
app.MapHealth();
app.MapInstruments().MapTimelineChart().MapWorldMap();
app.MapStates();
app.MapMatrix();
app.MapActionFeed();
app.MapResolutions();
app.MapDownloads();
app.MapWidgets();
app.MapMapWidgets();

// Build-time OpenAPI tools load this assembly to read its endpoints; they must not build a database.
if (string.Equals(System.Reflection.Assembly.GetEntryAssembly()?.GetName().Name, "GetDocument.Insider", StringComparison.Ordinal))
{
    await app.RunAsync();
    return 0;
}

// The server starts on another thread while this one validates the data, builds the database and loads the catalog:
// on two cores the first answer comes about 110 ms sooner than when one waited for the other (docs/performance.md).
// Requests that arrive meanwhile, readiness probes too, wait for the catalog and are answered once it is loaded.
var listening = Task.Run(() => app.StartAsync());
var catalog = app.Services.GetRequiredService<Catalog>();
try
{
    var database = app.Services.GetRequiredService<DatabaseBuilder>().Build();

    // What the build allocated and no longer needs (the rows read from data/, the validators', SQLite's buffers) would
    // otherwise stay resident until the first collections under load: one collection that gives the memory back,
    // before the catalog is loaded, while little is alive: 10 MB less resident when ready, in no time that shows (780
    // against 781 ms over 12 starts; after the load it gave 3.5 MB more back but cost 17 ms, the catalog being alive).
    GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    await catalog.LoadAsync(database, CancellationToken.None);
}
catch (Exception ex)
{
    catalog.LoadFailed(ex);
    if (ex is not (DataValidationException or IOException))
    {
        throw;
    }

    await Console.Error.WriteLineAsync(ex.Message);
    await Console.Error.WriteLineAsync(ex is DataValidationException
        ? "The service did not start: fix the data (see `dotnet run --project src/RatificationApi.Tools -- validate-data`)."
        : "The service did not start: Data:DatabaseDirectory must be a folder it can write to, with room for the database.");
    await listening.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    await app.StopAsync();
    return 1;
}

await listening;
await app.WaitForShutdownAsync();
return 0;

/// <summary>The entry point, public so that tests can host it.</summary>
public partial class Program;
