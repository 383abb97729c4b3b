using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Fixtures;

/// <summary>The change feed on the fixture data: 20 actions, 17 recorded on 2026-11-01 and 3 on 2026-11-30.</summary>
public class ChangeFeedTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private static readonly string[] AllIds =
    [
        "fixture-agreement:BRA:signature", "fixture-agreement:NZL:approval", "fixture-agreement:NZL:signature",
        "fixture-convention:BRA:signature", "fixture-convention:EGY:accession", "fixture-convention:EU:formal_confirmation",
        "fixture-convention:EU:signature", "fixture-convention:FRA:ratification", "fixture-convention:FRA:signature",
        "fixture-convention:JPN:ratification", "fixture-convention:JPN:signature", "fixture-convention:MNE:succession",
        "fixture-convention:NZL:accession", "fixture-protocol:BRA:signature", "fixture-protocol:EGY:accession",
        "fixture-protocol:FRA:ratification", "fixture-protocol:FRA:signature",
        // Recorded later: at the end of the feed, whatever their dates.
        "fixture-convention:JPN:denunciation", "fixture-convention:KEN:accession", "fixture-convention:PSE:accession",
    ];

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<List<string>> Walk(string first)
    {
        var ids = new List<string>();
        for (string? url = first; url is not null;)
        {
            var page = await GetJson(_client, url);
            ids.AddRange(Codes(page.GetProperty("items"), "id"));
            Assert.Equal(page.GetProperty("items").GetArrayLength(), page.GetProperty("count").GetInt32());
            url = page.GetProperty("next").ValueKind == JsonValueKind.Null ? null : page.GetProperty("next").GetString();
            Assert.True(ids.Count <= AllIds.Length, "The feed never ends.");
        }

        return ids;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(20)]
    [InlineData(1000)]
    public async Task Feed_FollowingNext_EveryActionOnceInRecordedThenIdOrder(int limit)
    {
        Assert.Equal(AllIds, await Walk($"/v1/actions?limit={limit}"));
    }

    [Fact]
    public async Task Feed_Since_OnlyThoseRecordedOnOrAfter()
    {
        Assert.Equal(AllIds[^3..], await Walk("/v1/actions?since=2026-11-15&limit=2"));
        Assert.Equal(AllIds[^3..], await Walk("/v1/actions?since=2026-11-30"));
        Assert.Empty(await Walk("/v1/actions?since=2026-12-01"));
    }

    [Theory]
    [InlineData("?kind=denunciation", new[] { "fixture-convention:JPN:denunciation" })]
    [InlineData("?state=NZL", new[] { "fixture-agreement:NZL:approval", "fixture-agreement:NZL:signature", "fixture-convention:NZL:accession" })]
    [InlineData("?instrument=XX-1-a&limit=1", new[] { "fixture-protocol:BRA:signature", "fixture-protocol:EGY:accession", "fixture-protocol:FRA:ratification", "fixture-protocol:FRA:signature" })]
    public async Task Feed_Filters_KeptAcrossPages(string query, string[] ids)
    {
        Assert.Equal(ids, await Walk("/v1/actions" + query));
    }

    [Fact]
    public async Task Feed_PartialAndUnknownDates_WrittenAsTheSourceGivesThem()
    {
        var page = await GetJson(_client, "/v1/actions?since=2026-11-30");

        var dates = page.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("date").GetString()}/{i.GetProperty("datePrecision").GetString()}");
        Assert.Equal(["2015-08-01/day", "2010-06/month", "2014/year"], dates);
    }

    [Fact]
    public async Task Feed_Csv_NextPageInTheLinkHeader()
    {
        using var response = await _client.GetAsync(new Uri("/v1/actions?kind=accession&format=csv&limit=2", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            """
            id,instrument,state,kind,date,date_precision,reservations_or_declarations,basis,recorded,sources
            fixture-convention:EGY:accession,fixture-convention,EGY,accession,2005-06-10,day,no,depositary,2026-11-01,invented for the tests
            fixture-convention:NZL:accession,fixture-convention,NZL,accession,,unknown,unknown,inferred,2026-11-01,invented for the tests

            """.ReplaceLineEndings("\r\n"),
            await response.Content.ReadAsStringAsync());
        var link = string.Join(", ", response.Headers.GetValues("Link"));
        Assert.StartsWith("</v1/actions?kind=accession&format=csv&limit=2&cursor=", link, StringComparison.Ordinal);
        Assert.EndsWith(">; rel=\"next\"", link, StringComparison.Ordinal);
    }
}
