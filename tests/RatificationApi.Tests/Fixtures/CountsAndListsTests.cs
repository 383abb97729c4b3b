using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Fixtures;

/// <summary>
/// Counts, gaps, progress, the timeline and the status matrix on the fixture data, where every number can be worked
/// out by hand from its README: 10 participants (8 UN Member States), 7 parties to the Convention today.
/// </summary>
public class CountsAndListsTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static void AssertJson(string expected, JsonElement actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual.GetRawText())),
            $"Expected:\n{JsonNode.Parse(expected)!.ToJsonString()}\nActual:\n{actual.GetRawText()}");

    private async Task<string> GetText(string url, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    [Theory]
    // Today: FRA, EGY, EU, MNE, KEN, PSE and the undated NZL are parties; JPN withdrew; BRA only signed.
    [InlineData(null, """{"parties":7,"signatories":4,"signatoriesNotParties":1,"withdrawn":1,"partiesUndated":1,"partiesDatedToMonthOrYear":2,"unMemberParties":5,"undetermined":0}""")]
    // The day before Japan's denunciation: Japan still counts; New Zealand's undated accession cannot be placed.
    [InlineData("2015-07-31", """{"parties":7,"signatories":4,"signatoriesNotParties":1,"withdrawn":0,"partiesUndated":0,"partiesDatedToMonthOrYear":2,"unMemberParties":5,"undetermined":1}""")]
    [InlineData("2015-08-01", """{"parties":6,"signatories":4,"signatoriesNotParties":1,"withdrawn":1,"partiesUndated":0,"partiesDatedToMonthOrYear":2,"unMemberParties":4,"undetermined":1}""")]
    // Before the Convention entered into force: only France had ratified; Japan, Brazil and the EU had signed.
    [InlineData("2001-02-28", """{"parties":1,"signatories":4,"signatoriesNotParties":3,"withdrawn":0,"partiesUndated":0,"partiesDatedToMonthOrYear":0,"unMemberParties":1,"undetermined":1}""")]
    public async Task Counts_Convention_AsWorkedOutByHand(string? asOf, string counts)
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention" + (asOf is null ? "" : $"?asOf={asOf}"));

        AssertJson(counts, body.GetProperty("counts"));
    }

    [Fact]
    public async Task Coverage_StatedPartiesAboveIdentified_ShortfallAndUndatedNamed()
    {
        var coverage = (await GetJson(_client, "/v1/instruments/fixture-convention")).GetProperty("coverage");

        Assert.Equal(1, coverage.GetProperty("partiesUnidentified").GetInt32());
        Assert.Equal(["NZL"], coverage.GetProperty("partiesUndated").EnumerateArray().Select(c => c.GetString()));
    }

    [Theory]
    [InlineData("", new[] { "BRA", "JPN", "USA" }, 2, 0)]
    // Japan was a party before its denunciation; New Zealand may or may not have been.
    [InlineData("?asOf=2015-07-31", new[] { "BRA", "USA" }, 1, 1)]
    // Montenegro, admitted in 2006, is no gap in 2005: it was not a Member State. Japan was a party then.
    [InlineData("?asOf=2005-12-31", new[] { "BRA", "KEN", "USA" }, 1, 1)]
    public async Task Gaps_Convention_UnMembersNotParties(string query, string[] codes, int signed, int undetermined)
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/gaps" + query);

        Assert.Equal(codes, Codes(body.GetProperty("items"), "state"));
        Assert.Equal(codes.Length, body.GetProperty("count").GetInt32());
        Assert.Equal(signed, body.GetProperty("signedCount").GetInt32());
        Assert.Equal(undetermined, body.GetProperty("undetermined").GetInt32());
    }

    [Fact]
    public async Task Gaps_GroupByRegion_GroupsPartitionTheItems()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/gaps?groupBy=region");

        var groups = body.GetProperty("groups").EnumerateArray()
            .Select(g => $"{g.GetProperty("code").GetString()}:{string.Join('+', Codes(g.GetProperty("items"), "state"))}").ToList();
        Assert.Equal(["019:BRA+USA", "142:JPN"], groups);
    }

    [Theory]
    [InlineData("USA", "", new[] { "fixture-convention", "fixture-protocol", "fixture-agreement" })]
    [InlineData("JPN", "", new[] { "fixture-convention", "fixture-protocol", "fixture-agreement" })]
    [InlineData("JPN", "?asOf=2015-07-31", new[] { "fixture-protocol", "fixture-agreement" })]
    [InlineData("FRA", "", new[] { "fixture-agreement" })]
    public async Task StateGaps_InstrumentsNotJoined(string code, string query, string[] instruments)
    {
        var body = await GetJson(_client, $"/v1/states/{code}/gaps{query}");

        Assert.Equal(instruments, Codes(body.GetProperty("items"), "instrument"));
    }

    [Fact]
    public async Task Progress_Default_FromResolutionAdoptionToToday()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/progress");

        Assert.Equal("2008-12-18", body.GetProperty("from").GetString());
        Assert.Equal("2026-12-02", body.GetProperty("to").GetString());
        Assert.Equal(["KEN", "PSE"], Codes(body.GetProperty("items"), "state"));
        Assert.Equal(["NZL"], Codes(body.GetProperty("undetermined"), "state"));
    }

    [Fact]
    public async Task Progress_WindowOfTheDenunciation_NoOneJoined()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/progress?from=2015-01-01&to=2016-01-01");

        Assert.Equal(0, body.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task Timeline_Csv_WholeBody()
    {
        var csv = await GetText("/v1/instruments/fixture-convention/timeline?format=csv", "text/csv");

        // Parties rise with each consent, fall in 2015 with Japan's denunciation, and the undated New Zealand is
        // undetermined in every past year and a party only in the current one (which ends today, after complete data).
        Assert.Equal(
            """
            year,as_of,parties,signatories,undetermined,after_complete_data,actions
            2000,2000-12-31,0,4,1,false,4
            2001,2001-12-31,1,4,1,false,1
            2002,2002-12-31,2,4,1,false,1
            2003,2003-12-31,2,4,1,false,0
            2004,2004-12-31,3,4,1,false,1
            2005,2005-12-31,4,4,1,false,1
            2006,2006-12-31,5,4,1,false,1
            2007,2007-12-31,5,4,1,false,0
            2008,2008-12-31,5,4,1,false,0
            2009,2009-12-31,5,4,1,false,0
            2010,2010-12-31,6,4,1,false,1
            2011,2011-12-31,6,4,1,false,0
            2012,2012-12-31,6,4,1,false,0
            2013,2013-12-31,6,4,1,false,0
            2014,2014-12-31,7,4,1,false,1
            2015,2015-12-31,6,4,1,false,1
            2016,2016-12-31,6,4,1,false,0
            2017,2017-12-31,6,4,1,false,0
            2018,2018-12-31,6,4,1,false,0
            2019,2019-12-31,6,4,1,false,0
            2020,2020-12-31,6,4,1,false,0
            2021,2021-12-31,6,4,1,false,0
            2022,2022-12-31,6,4,1,false,0
            2023,2023-12-31,6,4,1,false,0
            2024,2024-12-31,6,4,1,false,0
            2025,2025-12-31,6,4,1,false,0
            2026,2026-12-02,7,4,0,true,0

            """.ReplaceLineEndings("\r\n"),
            csv);
    }

    [Fact]
    public async Task Timeline_Json_UndatedActionsApart()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/timeline");

        var undated = body.GetProperty("undatedActions").EnumerateArray().Select(a => $"{a.GetProperty("state").GetString()}:{a.GetProperty("kind").GetString()}");
        Assert.Equal(["NZL:accession"], undated);
        var y2015 = body.GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2015);
        Assert.Equal(["JPN"], Codes(y2015.GetProperty("actions"), "state"));
    }

    [Fact]
    public async Task Matrix_Csv_WholeBody()
    {
        var csv = await GetText("/v1/status?format=csv", "text/csv");

        Assert.Equal(
            """
            code,iso2,name,un_member,region,subregion,fixture-convention_status,fixture-convention_signed,fixture-convention_consent_kind,fixture-convention_consent_date,fixture-protocol_status,fixture-protocol_signed,fixture-protocol_consent_kind,fixture-protocol_consent_date,fixture-agreement_status,fixture-agreement_signed,fixture-agreement_consent_kind,fixture-agreement_consent_date
            BRA,BR,Brazil,true,019,419,signatory,2000-03-01,,,signatory,2003-06-02,,,signatory,2021-01-01,,
            EGY,EG,Egypt,true,002,015,party,,accession,2005-06-10,party,,accession,2006-01-01,none,,,
            EU,EU,European Union,false,,,party,2000-12-12,formal_confirmation,2004-05-21,none,,,,none,,,
            FRA,FR,France,true,150,155,party,2000-03-01,ratification,2001-01-15,party,2003-06-02,ratification,2004-03-31,none,,,
            JPN,JP,Japan,true,142,030,withdrawn,2000-02-15,ratification,2002-05-20,none,,,,none,,,
            KEN,KE,Kenya,true,002,202,party,,accession,2010-06,none,,,,none,,,
            MNE,ME,Montenegro,true,150,039,party,,succession,2006-10-23,none,,,,none,,,
            NZL,NZ,New Zealand,true,009,053,party,,accession,,none,,,,party,2020-06-01,approval,2022-03-03
            PSE,PS,State of Palestine,false,142,145,party,,accession,2014,none,,,,none,,,
            USA,US,United States of America,true,019,021,none,,,,none,,,,none,,,

            """.ReplaceLineEndings("\r\n"),
            csv);
    }

    [Theory]
    [InlineData("?asOf=2015-07-31", "JPN", "party")]
    [InlineData("?asOf=2015-08-01", "JPN", "withdrawn")]
    [InlineData("?asOf=2010-06-15", "KEN", "none")]
    [InlineData("?asOf=2010-07-01", "KEN", "party")]
    public async Task Matrix_AsOf_StatusOnThatDate(string query, string code, string status)
    {
        var body = await GetJson(_client, "/v1/status" + query);

        var row = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == code);
        Assert.Equal(status, row.GetProperty("statuses").GetProperty("fixture-convention").GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("?region=150", new[] { "FRA", "MNE" })]
    [InlineData("?unMember=false", new[] { "EU", "PSE" })]
    [InlineData("?region=019&unMember=true", new[] { "BRA", "USA" })]
    public async Task Matrix_Filters_OnlyThoseRows(string query, string[] codes)
    {
        var body = await GetJson(_client, "/v1/status" + query);

        Assert.Equal(codes, Codes(body.GetProperty("items"), "state"));
    }

    [Fact]
    public async Task Resolution_GapsAtAdoptionAndToday_FromTheFixture()
    {
        var body = await GetJson(_client, "/v1/resolutions/A-RES-63-194");

        var convention = body.GetProperty("paragraphs")[0].GetProperty("instruments")[0];
        Assert.Equal(["BRA", "KEN", "USA"], Codes(convention.GetProperty("gapsAtAdoption").GetProperty("items"), "state"));
        Assert.Equal(["BRA", "JPN", "USA"], Codes(convention.GetProperty("gapsToday").GetProperty("items"), "state"));
    }
}
