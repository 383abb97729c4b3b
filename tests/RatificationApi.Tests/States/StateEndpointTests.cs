using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.States;

public class StateEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListStates_Default_AllParticipants()
    {
        var body = await GetJson(_client, "/v1/states");

        Assert.Equal(198, body.GetProperty("count").GetInt32());
        var codes = Codes(body.GetProperty("items"), "code");
        Assert.Contains("EU", codes);
        Assert.Contains("VAT", codes);
        Assert.Contains("NIU", codes);
    }

    [Fact]
    public async Task ListStates_UnMemberTrue_The193Members()
    {
        var body = await GetJson(_client, "/v1/states?unMember=true");

        Assert.Equal(193, body.GetProperty("count").GetInt32());
        Assert.All(body.GetProperty("items").EnumerateArray(), s => Assert.True(s.GetProperty("unMember").GetBoolean()));
    }

    [Fact]
    public async Task ListStates_UnMemberFalse_ObserversCookIslandsNiueAndTheEu()
    {
        var body = await GetJson(_client, "/v1/states?unMember=false");

        Assert.Equal(["COK", "EU", "NIU", "PSE", "VAT"], Codes(body.GetProperty("items"), "code"));
    }

    [Theory]
    [InlineData("002", "DZA")]
    [InlineData("150", "FRA")]
    [InlineData("014", "KEN")]
    public async Task ListStates_Region_OnlyThatRegion(string region, string member)
    {
        var body = await GetJson(_client, $"/v1/states?region={region}");

        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(items, s => s.GetProperty("code").GetString() == member);
        Assert.All(items, s => Assert.Contains(region, s.ToString(), StringComparison.Ordinal));
        Assert.DoesNotContain(items, s => s.GetProperty("code").GetString() == "EU");
    }

    [Fact]
    public async Task ListStates_UnknownRegionCode_400ListingTheRegions()
    {
        var problem = await GetProblem(_client, "/v1/states?region=999", HttpStatusCode.BadRequest, "'region' 999");

        Assert.Contains("150 Europe", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/states?region=Africa", "region")]
    [InlineData("/v1/states?unMember=yes", "unMember")]
    [InlineData("/v1/states?lang=english", "lang")]
    [InlineData("/v1/states/F1", "code")]
    [InlineData("/v1/states/FRAN", "code")]
    [InlineData("/v1/states/FRA/gaps?lang=x", "lang")]
    public async Task States_BadParameter_400NamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}' must be");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("FRA")]
    [InlineData("fra")]
    [InlineData("FR")]
    [InlineData("fr")]
    public async Task GetState_Alpha3OrAlpha2AnyCase_France(string code)
    {
        var body = await GetJson(_client, $"/v1/states/{code}");

        Assert.Equal("FRA", body.GetProperty("state").GetProperty("code").GetString());
        Assert.Equal("FR", body.GetProperty("state").GetProperty("iso2").GetString());
        Assert.Equal("250", body.GetProperty("state").GetProperty("m49").GetString());
    }

    [Fact]
    public async Task GetState_UnknownCode_404()
    {
        var problem = await GetProblem(_client, "/v1/states/XYZ", HttpStatusCode.NotFound, "'XYZ'");

        Assert.Equal("State not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetState_France_OneStatusObjectPerInstrumentWithEveryField()
    {
        var body = await GetJson(_client, "/v1/states/FRA");

        var instruments = body.GetProperty("instruments");
        Assert.Equal(["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956"], Codes(instruments, "instrument"));
        var cedaw = instruments[3];
        var expected = JsonDocument.Parse("""
            {"instrument":"cedaw","instrumentShortName":"CEDAW","state":"FRA","stateName":"France","status":"party",
             "signed":"1980-07-17","consent":{"kind":"ratification","date":"1983-12-14","datePrecision":"day","basis":"depositary"},
             "withdrawn":null,"inForceFrom":"1984-01-13","reservationsOrDeclarations":"yes",
             "statements":{"reservations":1,"declarations":2,"reservationsAndDeclarations":0,"unclassified":0,"objections":7,
                           "territorialApplications":0,"objectionsReceived":0},
             "dateUncertain":false,
             "sources":["mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/cedaw.html"]}
            """).RootElement;
        Assert.Equal(expected.ToString().Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal), cedaw.ToString());
    }

    [Fact]
    public async Task GetState_Arabic_NamesInArabic()
    {
        var body = await GetJson(_client, "/v1/states/EG?lang=ar");

        Assert.Equal("مصر", body.GetProperty("state").GetProperty("name").GetString());
        Assert.Equal("ar", body.GetProperty("state").GetProperty("nameLang").GetString());
    }

    [Fact]
    public async Task GetState_EuropeanUnionInChinese_EnglishNameMarkedAsFallback()
    {
        var body = await GetJson(_client, "/v1/states/EU?lang=zh");

        var state = body.GetProperty("state");
        Assert.Equal("European Union", state.GetProperty("name").GetString());
        Assert.Equal("en", state.GetProperty("nameLang").GetString());
        Assert.Equal(JsonValueKind.Null, state.GetProperty("iso3").ValueKind);
        Assert.Equal("organization", state.GetProperty("kind").GetString());
        var tip = body.GetProperty("instruments")[1];
        Assert.Equal("approval", tip.GetProperty("consent").GetProperty("kind").GetString());
        Assert.Equal("2006-09-06", tip.GetProperty("consent").GetProperty("date").GetString());
    }

    [Fact]
    public async Task ListStateGaps_UnitedStates_TheInstrumentsItHasNotJoined()
    {
        var body = await GetJson(_client, "/v1/states/USA/gaps");

        // The US signed CEDAW (1980-07-17) but never ratified it; it is a party to the other four.
        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("cedaw", item.GetProperty("instrument").GetString());
        Assert.Equal("signatory", item.GetProperty("status").GetString());
        Assert.Equal("1980-07-17", item.GetProperty("signed").GetString());
        Assert.Equal(1, body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ListStateGaps_Iran_SignedUntocOnly()
    {
        var body = await GetJson(_client, "/v1/states/IR/gaps");

        var items = body.GetProperty("items").EnumerateArray().ToDictionary(i => i.GetProperty("instrument").GetString()!);
        Assert.Equal("signatory", items["untoc"].GetProperty("status").GetString());
        Assert.Equal("2000-12-12", items["untoc"].GetProperty("signed").GetString());
        Assert.Equal("none", items["cedaw"].GetProperty("status").GetString());
    }
}
