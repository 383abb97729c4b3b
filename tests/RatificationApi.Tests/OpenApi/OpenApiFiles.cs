using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>
/// The committed OpenAPI files (<c>openapi/examples/*.json</c> and the document that embeds them), and their regeneration
/// in a single run: <c>UPDATE_OPENAPI=1 dotnet test tests/RatificationApi.Tests --filter FullyQualifiedName~OpenApi</c>.
/// The examples are written first, once, and the document is then made by a host that reads them from the folder,
/// not from the build that embedded the old ones.
/// </summary>
internal static class OpenApiFiles
{
    public const string Regenerate = "Regenerate with: UPDATE_OPENAPI=1 dotnet test tests/RatificationApi.Tests --filter FullyQualifiedName~OpenApi (then review and commit openapi/).";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly SemaphoreSlim Gate = new(1, 1);

    private static bool _examplesWritten;

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1";

    public static string ExamplesDirectory { get; } = Path.Combine(TestPaths.RepositoryRoot(), "openapi", "examples");

    public static string DocumentPath { get; } = Path.Combine(TestPaths.RepositoryRoot(), "openapi", "ratification-api.v1.json");

    public static string ExamplePath(string operationId) => Path.Combine(ExamplesDirectory, $"{operationId}.json");

    /// <summary>The example file's text for <paramref name="request"/>: the live answer with each list cut short.</summary>
    public static async Task<string> Example(HttpClient client, string request)
    {
        using var response = await client.GetAsync(new Uri(request, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var text = await response.Content.ReadAsStringAsync();
        return new JsonObject
        {
            ["request"] = request,
            // An XML answer is kept whole, as a string: its request asks for a short page.
            ["response"] = response.Content.Headers.ContentType?.MediaType?.EndsWith("xml", StringComparison.Ordinal) == true
                ? JsonValue.Create(text)
                : ExampleRules.Abbreviate(JsonNode.Parse(text)),
        }.ToJsonString(Indented) + "\n";
    }

    /// <summary>Writes every example from the live answers, once per test run, whichever test asks first.</summary>
    public static async Task WriteExamplesOnce(HttpClient client)
    {
        await Gate.WaitAsync();
        try
        {
            if (_examplesWritten)
            {
                return;
            }

            foreach (var row in ExampleTests.Requests)
            {
                var (operationId, request) = ((string)row[0], (string)row[1]);
                await File.WriteAllTextAsync(ExamplePath(operationId), await Example(client, request));
            }

            _examplesWritten = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The document a host serves when it reads the examples from <see cref="ExamplesDirectory"/>.</summary>
    public static async Task<string> DocumentWithExamplesOnDisk(ApiFactory factory)
    {
        using var host = factory.WithWebHostBuilder(builder => builder.UseSetting(ExamplesFilter.DirectorySetting, ExamplesDirectory));
        using var client = host.CreateClient();
        using var response = await client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
