using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>The examples in the OpenAPI document are real answers of the service, on a fixed date.</summary>
public class ExampleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One example request per operation with a JSON answer.</summary>
    public static TheoryData<string, string> Requests => new()
    {
        { "getLiveness", "/health/live" },
        { "getReadiness", "/health/ready" },
        { "listInstruments", "/v1/instruments" },
        { "getInstrument", "/v1/instruments/cedaw" },
        { "listInstrumentParticipants", "/v1/instruments/cedaw/participants?status=signatory" },
        { "listInstrumentGaps", "/v1/instruments/cedaw/gaps" },
        { "getInstrumentParticipant", "/v1/instruments/opsc/participants/BEL" },
        { "getInstrumentProgress", "/v1/instruments/trafficking-protocol/progress?from=2017-01-01&to=2017-12-31" },
        { "getInstrumentTimeline", "/v1/instruments/cedaw/timeline" },
        { "listStates", "/v1/states?region=014" },
        { "getState", "/v1/states/FRA" },
        { "listStateGaps", "/v1/states/USA/gaps" },
        { "getStatusMatrix", "/v1/status?region=014" },
        { "listActions", "/v1/actions?instrument=cedaw&state=FRA" },
        { "getResolution", "/v1/resolutions/A-RES-63-194" },
        { "listDownloads", "/v1/downloads" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Example_SameAsTheLiveAnswer(string operationId, string request)
    {
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(new Uri(request, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var live = new JsonObject
        {
            ["request"] = request,
            ["response"] = ExampleRules.Abbreviate(JsonNode.Parse(await response.Content.ReadAsStringAsync())),
        }.ToJsonString(Indented) + "\n";
        var path = Path.Combine(TestPaths.RepositoryRoot(), "openapi", "examples", $"{operationId}.json");
        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(path, live);
        }

        Assert.True(File.Exists(path), $"{path} is missing. Run UPDATE_OPENAPI=1 dotnet test --filter FullyQualifiedName~OpenApi twice (the examples are embedded in the build).");
        Assert.True(await File.ReadAllTextAsync(path) == live, $"openapi/examples/{operationId}.json no longer matches GET {request}. Run UPDATE_OPENAPI=1 dotnet test --filter FullyQualifiedName~OpenApi twice and commit the result.");
    }
}
