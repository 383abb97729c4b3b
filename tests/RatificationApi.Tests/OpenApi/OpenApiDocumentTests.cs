using System.Text.Json;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>The committed contract is the document the service serves, and it describes every operation fully.</summary>
public class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string RegenerateHint = OpenApiFiles.Regenerate;

    private static readonly string CommittedPath = OpenApiFiles.DocumentPath;

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<string> LiveDocument()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task CommittedDocument_SameAsLive()
    {
        if (OpenApiFiles.Updating)
        {
            await OpenApiFiles.WriteExamplesOnce(_client);
            await File.WriteAllTextAsync(CommittedPath, await OpenApiFiles.DocumentWithExamplesOnDisk(factory));
        }

        var live = OpenApiFiles.Updating ? await OpenApiFiles.DocumentWithExamplesOnDisk(factory) : await LiveDocument();

        Assert.True(File.Exists(CommittedPath), $"{CommittedPath} is missing. {RegenerateHint}");
        var committed = await File.ReadAllTextAsync(CommittedPath);
        Assert.True(committed == live, $"openapi/ratification-api.v1.json differs from the document the service serves at /openapi/v1.json. {RegenerateHint}");
    }

    [Fact]
    public async Task EveryOperation_IdSummaryDescriptionAndDescribedParameters()
    {
        using var document = JsonDocument.Parse(await LiveDocument());

        var operations = Operations(document.RootElement).ToList();
        Assert.True(operations.Count >= 9, $"Only {operations.Count} operations.");
        foreach (var (path, method, operation) in operations)
        {
            var where = $"{method.ToUpperInvariant()} {path}";
            Assert.False(string.IsNullOrWhiteSpace(Text(operation, "operationId")), $"{where}: no operationId");
            Assert.False(string.IsNullOrWhiteSpace(Text(operation, "summary")), $"{where}: no summary");
            Assert.False(string.IsNullOrWhiteSpace(Text(operation, "description")), $"{where}: no description");
            if (operation.TryGetProperty("parameters", out var parameters))
            {
                foreach (var parameter in parameters.EnumerateArray())
                {
                    Assert.False(string.IsNullOrWhiteSpace(Text(parameter, "description")), $"{where}: parameter {Text(parameter, "name")} has no description");
                }
            }

            Assert.True(operation.GetProperty("responses").TryGetProperty("200", out _), $"{where}: no 200 response");
        }
    }

    [Theory]
    [InlineData("/v1/instruments/{id}", "400")]
    [InlineData("/v1/instruments/{id}", "404")]
    [InlineData("/v1/instruments/{id}/participants", "400")]
    [InlineData("/v1/instruments/{id}/participants", "404")]
    [InlineData("/v1/instruments/{id}/gaps", "404")]
    [InlineData("/v1/states", "400")]
    [InlineData("/v1/states/{code}", "400")]
    [InlineData("/v1/states/{code}", "404")]
    [InlineData("/v1/states/{code}/gaps", "404")]
    [InlineData("/health/ready", "503")]
    [InlineData("/widgets/states/{code}", "400")]
    [InlineData("/widgets/states/{code}", "404")]
    [InlineData("/widgets/instruments/{id}", "400")]
    [InlineData("/widgets/instruments/{id}", "404")]
    [InlineData("/badges/{id}/{code}.svg", "400")]
    [InlineData("/badges/{id}/{code}.svg", "404")]
    [InlineData("/embed", "400")]
    [InlineData("/embed", "404")]
    public async Task ErrorResponses_Documented_AsProblemJson(string path, string status)
    {
        using var document = JsonDocument.Parse(await LiveDocument());

        var response = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("responses").GetProperty(status);
        Assert.True(response.GetProperty("content").TryGetProperty("application/problem+json", out _), $"GET {path} {status} is not application/problem+json");
    }

    [Theory]
    [InlineData("/widgets/states/{code}", "getStateWidget", "text/html; charset=utf-8")]
    [InlineData("/widgets/instruments/{id}", "getInstrumentWidget", "text/html; charset=utf-8")]
    [InlineData("/badges/{id}/{code}.svg", "getStatusBadge", "image/svg+xml; charset=utf-8")]
    [InlineData("/embed", "getEmbedPage", "text/html; charset=utf-8")]
    public async Task Embeddables_Documented_WithTheirMediaTypeAnd304(string path, string operationId, string mediaType)
    {
        using var document = JsonDocument.Parse(await LiveDocument());

        var operation = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.Equal(operationId, Text(operation, "operationId"));
        var responses = operation.GetProperty("responses");
        Assert.Equal([mediaType], responses.GetProperty("200").GetProperty("content").EnumerateObject().Select(p => p.Name).ToList());
        Assert.False(string.IsNullOrWhiteSpace(Text(responses.GetProperty("304"), "description")));
        Assert.False(responses.GetProperty("304").TryGetProperty("content", out _));
    }

    [Fact]
    public async Task Parameters_NamedInCamelCase()
    {
        using var document = JsonDocument.Parse(await LiveDocument());

        var parameters = document.RootElement.GetProperty("paths").GetProperty("/v1/instruments/{id}").GetProperty("get").GetProperty("parameters");
        var names = parameters.EnumerateArray().Where(p => Text(p, "in") != "header").Select(p => Text(p, "name")).ToList();
        Assert.Equal(["id", "asOf", "lang"], names);
    }

    private static IEnumerable<(string Path, string Method, JsonElement Operation)> Operations(JsonElement root)
    {
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject())
            {
                yield return (path.Name, method.Name, method.Value);
            }
        }
    }

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
