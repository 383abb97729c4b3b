using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.History;

/// <summary>
/// Counts on the day resolution 63/194 was adopted, derived by hand from the source files: the dates on
/// or before 2008-12-18 in the CEDAW status page (2026), the MTDSG XML of 2018 (Trafficking Protocol, OPSC,
/// 1956 Convention) and the zmjones UNTOC list (2014). UNODC reported 147 UNTOC parties in October 2008 and
/// 124 Protocol parties in September 2008, which agrees.
/// </summary>
public class AsOfTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("untoc", 147, 147)]
    [InlineData("trafficking-protocol", 124, 117)]
    [InlineData("opsc", 129, 116)]
    [InlineData("cedaw", 185, 98)]
    [InlineData("slavery-convention-1956", 123, 35)]
    public async Task GetInstrument_OnTheDayOfResolution63194_CountsFromTheSourceFiles(string id, int parties, int signatories)
    {
        var body = await GetJson(_client, $"/v1/instruments/{id}?asOf=2008-12-18");

        Assert.Equal("2008-12-18", body.GetProperty("asOf").GetString());
        Assert.Equal(parties, body.GetProperty("counts").GetProperty("parties").GetInt32());
        Assert.Equal(signatories, body.GetProperty("counts").GetProperty("signatories").GetInt32());
    }

    [Fact]
    public async Task GetInstrument_UntocInThePast_UndatedPartiesUndeterminedNotCounted()
    {
        var past = await GetJson(_client, "/v1/instruments/untoc?asOf=2008-12-18");
        var today = await GetJson(_client, "/v1/instruments/untoc");

        // Three UNTOC parties (DPRK, Palau, Samoa) have no known deposit date: parties today, undetermined on any earlier date.
        Assert.Equal(3, past.GetProperty("counts").GetProperty("undetermined").GetInt32());
        Assert.Empty(past.GetProperty("coverage").GetProperty("partiesUndated").EnumerateArray());
        Assert.Equal(0, today.GetProperty("counts").GetProperty("undetermined").GetInt32());
        Assert.Equal(["PLW", "PRK", "WSM"], today.GetProperty("coverage").GetProperty("partiesUndated").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(3, today.GetProperty("counts").GetProperty("partiesUndated").GetInt32());
    }

    [Fact]
    public async Task GetInstrument_BeforeAdoption_NoParticipants()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc?asOf=1999-01-01");

        var counts = body.GetProperty("counts");
        Assert.Equal(0, counts.GetProperty("parties").GetInt32());
        Assert.Equal(0, counts.GetProperty("signatories").GetInt32());
    }

    [Fact]
    public async Task ListInstruments_AsOf_EchoedAndApplied()
    {
        var body = await GetJson(_client, "/v1/instruments?asOf=2003-09-29");

        Assert.Equal("2003-09-29", body.GetProperty("asOf").GetString());
        Assert.All(body.GetProperty("items").EnumerateArray(), i => Assert.Equal("2003-09-29", i.GetProperty("asOf").GetString()));
    }

    [Theory]
    [InlineData("/v1/instruments?asOf=2023-02-30", "must be a date that exists")]
    [InlineData("/v1/instruments/cedaw?asOf=99999-01-01", "must be a date that exists")]
    [InlineData("/v1/instruments/cedaw?asOf=18-12-2008", "must be a date that exists")]
    [InlineData("/v1/instruments/cedaw?asOf=2999-01-01", "must not be in the future")]
    [InlineData("/v1/instruments/cedaw/participants?asOf=tomorrow", "must be a date that exists")]
    [InlineData("/v1/instruments/cedaw/gaps?asOf=2999-01-01", "must not be in the future")]
    [InlineData("/v1/states/FRA?asOf=2008-02-30", "must be a date that exists")]
    [InlineData("/v1/states/FRA/gaps?asOf=2999-12-31", "must not be in the future")]
    [InlineData("/v1/status?asOf=2999-12-31", "must not be in the future")]
    public async Task AsOf_BadDate_400NamingAsOf(string url, string mentions)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, mentions);

        Assert.True(problem.GetProperty("errors").TryGetProperty("asOf", out _));
    }

    [Fact]
    public async Task GetState_AsOf_StatusOnThatDate()
    {
        // Japan signed the Trafficking Protocol on 2002-12-09 and accepted it on 2017-07-11 (MTDSG XML).
        var before = await GetJson(_client, "/v1/states/JPN?asOf=2017-07-10");
        var after = await GetJson(_client, "/v1/states/JPN?asOf=2017-07-11");

        Assert.Equal("signatory", before.GetProperty("instruments")[1].GetProperty("status").GetString());
        Assert.Equal("party", after.GetProperty("instruments")[1].GetProperty("status").GetString());
        Assert.Equal("2017-07-11", after.GetProperty("asOf").GetString());
    }

    [Fact]
    public async Task ListGaps_AsOf_OnlyStatesThatWereMembersThen()
    {
        var gaps = await GetJson(_client, "/v1/instruments/cedaw/gaps?asOf=2008-12-18");

        // South Sudan was admitted on 2011-07-14, so it was no gap in 2008.
        Assert.Equal(192, gaps.GetProperty("members").GetInt32());
        Assert.DoesNotContain("SSD", Codes(gaps.GetProperty("items"), "state"));
        var instrument = await GetJson(_client, "/v1/instruments/cedaw?asOf=2008-12-18");
        Assert.Equal(192 - instrument.GetProperty("counts").GetProperty("unMemberParties").GetInt32(), gaps.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task ListGaps_GroupByRegion_GroupsAddUpToTheList()
    {
        var body = await GetJson(_client, "/v1/instruments/untoc/gaps?groupBy=region");

        var groups = body.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(body.GetProperty("count").GetInt32(), groups.Sum(g => g.GetProperty("count").GetInt32()));
        Assert.All(groups, g => Assert.Matches("^[0-9]{3}$", g.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ListGaps_RegionFilter_OnlyThatRegion()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/gaps?region=002");

        Assert.Equal(["SDN", "SOM"], Codes(body.GetProperty("items"), "state"));
        Assert.Equal("002", body.GetProperty("region").GetString());
    }

    [Fact]
    public async Task ListGaps_BadGroupBy_400()
    {
        var problem = await GetProblem(_client, "/v1/instruments/cedaw/gaps?groupBy=continent", HttpStatusCode.BadRequest, "'groupBy' must be one of: region, subregion");

        Assert.Equal(JsonValueKind.Object, problem.GetProperty("errors").ValueKind);
    }

    [Fact]
    public async Task ListParticipants_RegionAndAsOf_Filtered()
    {
        var body = await GetJson(_client, "/v1/instruments/trafficking-protocol/participants?region=150&asOf=2005-01-01&status=party");

        var codes = Codes(body.GetProperty("items"), "state");
        Assert.Contains("FRA", codes);
        Assert.DoesNotContain("DEU", codes); // ratified 2006-06-14
        Assert.DoesNotContain("USA", codes);
    }
}
