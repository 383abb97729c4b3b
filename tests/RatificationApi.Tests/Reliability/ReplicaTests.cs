using System.Net;
using System.Net.Http.Headers;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Reliability;

/// <summary>Two replicas from the same data/, each with its own database folder.</summary>
public sealed class TwoReplicas : IAsyncLifetime
{
    public ApiFactory First { get; } = new();

    public ApiFactory Second { get; } = new();

    public Task InitializeAsync()
    {
        Assert.NotEqual(First.DatabaseDirectory, Second.DatabaseDirectory);
        First.CreateClient().Dispose();
        Second.CreateClient().Dispose();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
    }
}

/// <summary>
/// Replicas built from the same data answer alike, byte for byte, with the same ETags: so a load
/// balancer may send each request anywhere, and a cache or CDN may keep what either one answered.
/// </summary>
public class ReplicaTests(TwoReplicas replicas) : IClassFixture<TwoReplicas>
{
    public static TheoryData<string, string?> Requests { get; } = new()
    {
        { "/v1/instruments", null },
        { "/v1/instruments/cedaw?lang=zh", null },
        { "/v1/instruments/XVIII-12-a/gaps?groupBy=region", null },
        { "/v1/states/FRA?lang=ar", null },
        { "/v1/states?region=150", null },
        { "/v1/status", null },
        { "/v1/status?format=csv", null },
        { "/v1/instruments/cedaw/timeline", "text/csv" },
        { "/v1/instruments/opsc/progress", null },
        { "/v1/actions?limit=20", null },
        { "/v1/resolutions/A-RES-63-194", null },
        { "/v1/instruments/cedaw/timeline.svg?lang=ru", null },
        { "/badges/cedaw/FRA.svg?lang=fr", null },
        { "/widgets/states/IRN?lang=ar&compact=true", null },
        { "/widgets/instruments/untoc?theme=dark", null },
        { "/embed?state=FRA&instrument=cedaw", null },
        { "/health/ready", null },
        { "/openapi/v1.json", null },
        { "/v1/states/XYZ", null },
        { "/v1/states/FRA?lang=de", null },
        { "/v1/instruments/cedaw", "application/xml" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task SameData_TwoReplicas_ByteIdenticalBodiesAndETags(string url, string? accept)
    {
        using var first = await Get(replicas.First, url, accept);
        using var second = await Get(replicas.Second, url, accept);

        Assert.Equal(first.StatusCode, second.StatusCode);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/badges/cedaw/FRA.svg")]
    [InlineData("/widgets/states/FRA?lang=fr")]
    [InlineData("/widgets/instruments/cedaw")]
    public async Task ETagFromOneReplica_ConditionalRequestToTheOther_304(string url)
    {
        using var first = await Get(replicas.First, url, null);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);

        using var client = replicas.Second.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task SameData_TwoReplicas_SameDataVersion()
    {
        var first = await HttpAssert.GetJson(replicas.First.CreateClient(), "/health/ready");
        var second = await HttpAssert.GetJson(replicas.Second.CreateClient(), "/health/ready");

        Assert.Equal(first.GetProperty("dataVersion").GetString(), second.GetProperty("dataVersion").GetString());
    }

    private static async Task<HttpResponseMessage> Get(ApiFactory replica, string url, string? accept)
    {
        using var client = replica.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        return await client.SendAsync(request);
    }
}
