using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Actions;

public class ActionFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private static int DataRows() => File.ReadAllLines(Path.Combine(TestPaths.RepositoryData, "actions.csv")).Length - 1;

    private async Task<List<JsonElement>> FollowAll(string url)
    {
        var all = new List<JsonElement>();
        for (string? next = url; next is not null;)
        {
            var page = await GetJson(_client, next);
            all.AddRange(page.GetProperty("items").EnumerateArray());
            next = page.GetProperty("next").GetString();
        }

        return all;
    }

    [Fact]
    public async Task Feed_FollowingNext_EveryActionExactlyOnceInStableOrder()
    {
        var all = await FollowAll("/v1/actions?limit=137");

        var ids = all.Select(a => a.GetProperty("id").GetString()!).ToList();
        Assert.Equal(DataRows(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var again = await FollowAll("/v1/actions?limit=500");
        Assert.Equal(ids, again.Select(a => a.GetProperty("id").GetString()!).ToList());
    }

    // Pages by the cursor field alone, as a generated client does: the URL is built anew each time, never followed.
    private async Task<List<string>> PageByCursor(string query)
    {
        var ids = new List<string>();
        for (string? cursor = null; ;)
        {
            var url = cursor is null ? $"/v1/actions?{query}" : $"/v1/actions?{query}&cursor={Uri.EscapeDataString(cursor)}";
            var page = await GetJson(_client, url);
            ids.AddRange(Codes(page.GetProperty("items"), "id"));
            Assert.True(ids.Count <= DataRows(), "The feed never ends.");
            if (page.GetProperty("cursor").ValueKind == JsonValueKind.Null)
            {
                Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
                return ids;
            }

            cursor = page.GetProperty("cursor").GetString()!;
        }
    }

    [Fact]
    public async Task Feed_PagingByCursorOrByNext_TheSameActionsExactlyOnce()
    {
        var byCursor = await PageByCursor("limit=137");
        var byNext = (await FollowAll("/v1/actions?limit=137")).Select(a => a.GetProperty("id").GetString()!).ToList();

        Assert.Equal(DataRows(), byCursor.Count);
        Assert.Equal(byCursor.Count, byCursor.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(byNext, byCursor);
    }

    [Fact]
    public async Task Feed_PagingByCursorWithFilters_TheSameActionsAsByNext()
    {
        var byCursor = await PageByCursor("instrument=cedaw&kind=signature&limit=7");
        var byNext = (await FollowAll("/v1/actions?instrument=cedaw&kind=signature&limit=7")).Select(a => a.GetProperty("id").GetString()!).ToList();

        Assert.True(byCursor.Count > 7, $"{byCursor.Count} actions: one page would not test paging.");
        Assert.Equal(byNext, byCursor);
        Assert.All(byCursor, id => Assert.StartsWith("cedaw:", id, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_Cursor_IsTheNextLinksCursorAndNullOnTheLastPage()
    {
        var first = await GetJson(_client, "/v1/actions?state=FRA&limit=3");
        var next = new Uri(new Uri("http://example.test/v1/actions?state=FRA&limit=3"), first.GetProperty("next").GetString());
        var query = QueryHelpers.ParseQuery(next.Query);

        Assert.Equal("/v1/actions", next.AbsolutePath);
        Assert.Equal(first.GetProperty("cursor").GetString(), query["cursor"].Single());
        var last = await GetJson(_client, "/v1/actions?instrument=cedaw&state=FRA");
        Assert.Equal(JsonValueKind.Null, last.GetProperty("cursor").ValueKind);
        Assert.Equal(JsonValueKind.Null, last.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Feed_Filters_InstrumentStateKind()
    {
        var body = await GetJson(_client, "/v1/actions?instrument=XVIII-12-a&state=jp&kind=acceptance");

        var item = Assert.Single(body.GetProperty("items").EnumerateArray());
        Assert.Equal("trafficking-protocol:JPN:acceptance", item.GetProperty("id").GetString());
        Assert.Equal("2017-07-11", item.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task Feed_SinceAfterEveryRecord_Empty()
    {
        var today = factory.TodayText;
        var latest = File.ReadAllLines(Path.Combine(TestPaths.RepositoryData, "actions.csv")).Skip(1).Select(l => l.Split(',')[7]).Max(StringComparer.Ordinal)!;

        var body = await GetJson(_client, $"/v1/actions?since={latest}&limit=1");

        Assert.Equal(1, body.GetProperty("count").GetInt32());
        Assert.Equal(latest, body.GetProperty("items")[0].GetProperty("recorded").GetString());
        Assert.True(string.CompareOrdinal(latest, today) <= 0);
    }

    [Fact]
    public async Task Feed_NextLink_KeepsTheFilters()
    {
        var body = await GetJson(_client, "/v1/actions?instrument=cedaw&limit=10");

        var next = body.GetProperty("next").GetString()!;
        Assert.Contains("instrument=cedaw", next, StringComparison.Ordinal);
        Assert.Contains("limit=10", next, StringComparison.Ordinal);
        var second = await GetJson(_client, next);
        Assert.All(second.GetProperty("items").EnumerateArray(), a => Assert.Equal("cedaw", a.GetProperty("instrument").GetString()));
        Assert.DoesNotContain(body.GetProperty("items")[9].GetProperty("id").GetString(), Codes(second.GetProperty("items"), "id"));
    }

    [Fact]
    public async Task Feed_Csv_WithLinkHeaderToTheNextPage()
    {
        using var response = await _client.GetAsync(new Uri("/v1/actions?format=csv&limit=5", UriKind.Relative));

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("rel=\"next\"", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(6, lines.Length);
        Assert.StartsWith("id,instrument,state,kind,date,", lines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/actions?limit=0", "limit")]
    [InlineData("/v1/actions?limit=1001", "limit")]
    [InlineData("/v1/actions?limit=ten", "limit")]
    [InlineData("/v1/actions?cursor=not-a-cursor", "cursor")]
    [InlineData("/v1/actions?cursor=djF8MjAyNi0xMS0yOA", "cursor")]
    [InlineData("/v1/actions?kind=ratify", "kind")]
    [InlineData("/v1/actions?since=2026-02-30", "since")]
    [InlineData("/v1/actions?state=F_R", "state")]
    [InlineData("/v1/actions?instrument=cedaw%3B", "instrument")]
    public async Task Feed_BadParameter_400NamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}'");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/v1/actions?instrument=palermo", "Instrument not found")]
    [InlineData("/v1/actions?state=XYZ", "State not found")]
    public async Task Feed_UnknownInstrumentOrState_404(string url, string title)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.NotFound, "not found");

        Assert.Equal(title, problem.GetProperty("title").GetString());
    }
}
