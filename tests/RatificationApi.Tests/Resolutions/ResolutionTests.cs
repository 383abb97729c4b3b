using System.Net;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Resolutions;

public class ResolutionTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task GetResolution_63194_ParagraphsAndGapsThenAndNow()
    {
        var body = await GetJson(_client, "/v1/resolutions/A-RES-63-194");

        Assert.Equal("A/RES/63/194", body.GetProperty("symbol").GetString());
        Assert.Equal("2008-12-18", body.GetProperty("adopted").GetString());
        var paragraphs = body.GetProperty("paragraphs").EnumerateArray().ToList();
        Assert.Equal([1, 2], paragraphs.Select(p => p.GetProperty("paragraph").GetInt32()));
        Assert.Equal(["untoc", "trafficking-protocol"], Codes(paragraphs[0].GetProperty("instruments"), "instrument"));
        Assert.Equal(["opsc", "cedaw", "slavery-convention-1956"], Codes(paragraphs[1].GetProperty("instruments"), "instrument"));
        var cedaw = paragraphs[1].GetProperty("instruments")[1];
        Assert.Equal("2008-12-18", cedaw.GetProperty("gapsAtAdoption").GetProperty("asOf").GetString());
        Assert.Equal(192, cedaw.GetProperty("gapsAtAdoption").GetProperty("members").GetInt32());
        Assert.Equal(6, cedaw.GetProperty("gapsToday").GetProperty("count").GetInt32());
        Assert.True(cedaw.GetProperty("gapsAtAdoption").GetProperty("count").GetInt32() > 6);
    }

    [Fact]
    public async Task GetResolution_TitleInChinese_OfficialText()
    {
        var body = await GetJson(_client, "/v1/resolutions/a-res-63-194?lang=zh");

        Assert.Equal("改进工作协调，打击贩运人口", body.GetProperty("title").GetString());
        Assert.Equal("zh", body.GetProperty("titleLang").GetString());
    }

    [Fact]
    public async Task GetResolution_TitleInFrenchUnknown_EnglishFallbackMarked()
    {
        var body = await GetJson(_client, "/v1/resolutions/A-RES-63-194?lang=fr");

        Assert.Equal("Improving the coordination of efforts against trafficking in persons", body.GetProperty("title").GetString());
        Assert.Equal("en", body.GetProperty("titleLang").GetString());
        Assert.Equal("secondary", body.GetProperty("titleConfidence").GetString());
    }

    [Fact]
    public async Task GetResolution_Unknown_404()
    {
        await GetProblem(_client, "/v1/resolutions/A-RES-1-1", HttpStatusCode.NotFound, "'A-RES-1-1'");
    }

    [Fact]
    public async Task GetResolution_BadId_400()
    {
        var problem = await GetProblem(_client, "/v1/resolutions/63-194", HttpStatusCode.BadRequest, "'id' must be a resolution symbol");

        Assert.True(problem.GetProperty("errors").TryGetProperty("id", out _));
    }
}
