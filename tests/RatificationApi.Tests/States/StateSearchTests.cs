using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.States;

/// <summary>
/// Finding a State by name (<c>GET /v1/states?q=</c>) and by M49 code, on the real data: the names a campaign
/// spreadsheet holds find the right State first, whatever their language, case, accents or apostrophes.
/// </summary>
public class StateSearchTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Search(string q, string extra = "") =>
        await GetJson(_client, $"/v1/states?q={Uri.EscapeDataString(q)}{extra}");

    [Theory]
    [InlineData("Swaziland", "SWZ", "depositary")]
    [InlineData("eswatini", "SWZ", "short")]
    [InlineData("Côte d'Ivoire", "CIV", "short")]
    [InlineData("Côte d’Ivoire", "CIV", "short")]
    [InlineData("cote divoire", "CIV", "short")]
    [InlineData("ivory coast", "CIV", "other")]
    [InlineData("Türkiye", "TUR", "short")]
    [InlineData("turkey", "TUR", "depositary")]
    [InlineData("中国", "CHN", "short")]
    [InlineData("Российская Федерация", "RUS", "short")]
    [InlineData("Lao", "LAO", "short")]
    [InlineData("Bolivia", "BOL", "other")]
    [InlineData("Burma", "MMR", "other")]
    [InlineData("Czech Republic", "CZE", "depositary")]
    [InlineData("Macedonia", "MKD", "short")]
    [InlineData("Cape Verde", "CPV", "other")]
    [InlineData("East Timor", "TLS", "other")]
    [InlineData("the French Republic", "FRA", "formal")]
    [InlineData("Costa de Marfil", "CIV", "other")]
    [InlineData("CÔTE D’IVOIRE", "CIV", "short")]
    [InlineData("Co\u0302te d'Ivoire", "CIV", "short")] // typed decomposed: o and a combining circumflex
    // The Arabic short name is written with an alef with hamza below (إ); a bare alef finds it too.
    [InlineData("اسواتيني", "SWZ", "short")]
    public async Task ListStates_NameAUserWouldType_RightStateFirst(string q, string code, string kind)
    {
        var body = await Search(q);

        var first = body.GetProperty("items")[0];
        Assert.Equal(code, first.GetProperty("code").GetString());
        Assert.Equal(kind, first.GetProperty("match").GetProperty("kind").GetString());
        Assert.Equal(body.GetProperty("items").GetArrayLength(), body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ListStates_SearchIvoryCoast_SaysWhichNameMatchedInWhichLanguage()
    {
        var body = await Search("IVORY  COAST!");

        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("CIV", item.GetProperty("code").GetString());
        Assert.Equal("Côte d'Ivoire", item.GetProperty("name").GetString());
        Assert.Equal(
            """{"name":"Ivory Coast","lang":"en","kind":"other","quality":"exact"}""",
            item.GetProperty("match").GetRawText());
    }

    [Fact]
    public async Task ListStates_Congo_ExactNameBeforeAPrefix()
    {
        var body = await Search("Congo");

        Assert.Equal(["COG", "COD"], Codes(body.GetProperty("items"), "code"));
        Assert.Equal("exact", body.GetProperty("items")[0].GetProperty("match").GetProperty("quality").GetString());
        Assert.Equal("prefix", body.GetProperty("items")[1].GetProperty("match").GetProperty("quality").GetString());
    }

    [Fact]
    public async Task ListStates_Guinea_ExactThenPrefixThenWord()
    {
        var body = await Search("guinea");

        Assert.Equal(["GIN", "GNB", "GNQ", "PNG"], Codes(body.GetProperty("items"), "code"));
        Assert.Equal(
            ["exact", "prefix", "prefix", "word"],
            body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("match").GetProperty("quality").GetString()));
    }

    [Fact]
    public async Task ListStates_SearchWithRegion_BothApply()
    {
        var body = await Search("guinea", "&region=002");

        Assert.Equal(["GIN", "GNB", "GNQ"], Codes(body.GetProperty("items"), "code"));
    }

    [Theory]
    [InlineData("", "en")]
    [InlineData("&lang=fr", "fr")]
    [InlineData("&lang=es", "es")]
    public async Task ListStates_NameInSeveralLanguages_MatchInTheLanguageAskedFor(string lang, string expected)
    {
        // CLDR writes "Laos" alike in English, French and Spanish (and "Palaos" contains it).
        var body = await Search("laos", lang);

        var match = body.GetProperty("items")[0].GetProperty("match");
        Assert.Equal("LAO", body.GetProperty("items")[0].GetProperty("code").GetString());
        Assert.Equal(expected, match.GetProperty("lang").GetString());
    }

    [Fact]
    public async Task ListStates_UnknownName_200EmptyList()
    {
        var body = await Search("Atlantis");

        Assert.Equal("""{"count":0,"items":[]}""", body.GetRawText());
    }

    [Fact]
    public async Task ListStates_WithoutQ_NoMatchField()
    {
        var body = await GetJson(_client, "/v1/states");

        Assert.Equal(198, body.GetProperty("count").GetInt32());
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.False(i.TryGetProperty("match", out _)));
    }

    [Theory]
    [InlineData("/v1/states?q=")]
    [InlineData("/v1/states?q=%20%20")]
    [InlineData("/v1/states?q=...")]
    [InlineData("/v1/states?q=France%00")]
    [InlineData("/v1/states?q=%0Aabc")]
    public async Task ListStates_BadQ_400NamingQ(string url)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, "'q' must be a name of 1 to 100 characters");

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task ListStates_QOverTheLimit_400SayingItsLength()
    {
        var problem = await GetProblem(_client, $"/v1/states?q={new string('a', 101)}", HttpStatusCode.BadRequest, "(got 101 characters)");

        Assert.True(problem.GetProperty("errors").TryGetProperty("q", out _));
    }

    [Fact]
    public async Task ListStates_QAtTheLimit_200()
    {
        var body = await Search(new string('a', 100));

        Assert.Equal(0, body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ListStates_QTwice_400()
    {
        await GetProblem(_client, "/v1/states?q=France&q=Chad", HttpStatusCode.BadRequest, "'q' was given 2 times");
    }

    [Theory]
    [InlineData("250", "FRA")]
    [InlineData("004", "AFG")]
    [InlineData("840", "USA")]
    public async Task GetState_M49Code_ThatState(string code, string expected)
    {
        var body = await GetJson(_client, $"/v1/states/{code}");

        Assert.Equal(expected, body.GetProperty("state").GetProperty("code").GetString());
        Assert.Equal(code, body.GetProperty("state").GetProperty("m49").GetString());
    }

    [Fact]
    public async Task ListStateGaps_M49Code_ThatState()
    {
        var body = await GetJson(_client, "/v1/states/250/gaps");

        Assert.Equal("FRA", body.GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("4")]
    [InlineData("04")]
    [InlineData("0250")]
    public async Task GetState_M49NotInThreeDigits_400SayingThreeDigits(string code)
    {
        var problem = await GetProblem(_client, $"/v1/states/{code}", HttpStatusCode.BadRequest, "a UN M49 code of three digits");

        Assert.True(problem.GetProperty("errors").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task GetState_UnknownM49Code_404NamingIt()
    {
        var problem = await GetProblem(_client, "/v1/states/999", HttpStatusCode.NotFound, "UN M49 code '999'");

        Assert.Equal("State not found", problem.GetProperty("title").GetString());
    }
}
