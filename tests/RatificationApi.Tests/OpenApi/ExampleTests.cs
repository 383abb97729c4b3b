using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>The examples in the OpenAPI document are real answers of the service, on a fixed date.</summary>
public class ExampleTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    /// <summary>One example request per operation with a JSON (or Atom) answer.</summary>
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
        { "listActions", "/v1/actions?instrument=cedaw&limit=2" },
        { "getActionsAtom", "/v1/actions.atom?instrument=cedaw&state=FRA&limit=1" },
        { "getResolution", "/v1/resolutions/A-RES-63-194" },
        { "listDownloads", "/v1/downloads" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Example_SameAsTheLiveAnswer(string operationId, string request)
    {
        using var client = factory.CreateClient();
        if (OpenApiFiles.Updating)
        {
            await OpenApiFiles.WriteExamplesOnce(client);
        }

        var live = await OpenApiFiles.Example(client, request);
        var path = OpenApiFiles.ExamplePath(operationId);
        Assert.True(File.Exists(path), $"{path} is missing. {OpenApiFiles.Regenerate}");
        Assert.True(await File.ReadAllTextAsync(path) == live, $"openapi/examples/{operationId}.json no longer matches GET {request}. {OpenApiFiles.Regenerate}");
    }
}
