using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Health;

public class HealthEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Live_Always_Constant()
    {
        var body = await GetJson(_client, "/health/live");

        Assert.Equal("""{"status":"live","dataVersion":null}""", body.ToString());
    }

    [Fact]
    public async Task Ready_AfterBuild_DataVersionOfTheDataFiles()
    {
        var body = await GetJson(_client, "/health/ready");

        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(RatificationApi.Data.DataSetLoader.Version(factory.DataDirectory), body.GetProperty("dataVersion").GetString());
    }
}

public class ReadinessTests
{
    [Fact]
    public async Task Ready_DatabaseFileGone_503Problem()
    {
        await using var factory = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var client = factory.CreateClient();
        await GetJson(client, "/health/ready");

        foreach (var file in Directory.GetFiles(factory.DatabaseDirectory))
        {
            File.Delete(file);
        }

        var problem = await GetProblem(client, "/health/ready", System.Net.HttpStatusCode.ServiceUnavailable, "cannot be read");
        Assert.Equal("Not ready", problem.GetProperty("title").GetString());
    }
}
