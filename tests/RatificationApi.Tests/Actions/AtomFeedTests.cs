using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.AspNetCore.WebUtilities;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Actions;

/// <summary>The Atom feed: XML that parses as Atom, the JSON feed's actions with stable ids, its filters and its problems.</summary>
public class AtomFeedTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private const string Tag = "tag:ratification-api,2026:action:";

    private readonly HttpClient _client = factory.CreateClient();

    private static int DataRows() => File.ReadAllLines(Path.Combine(TestPaths.RepositoryData, "actions.csv")).Length - 1;

    private async Task<XDocument> GetAtom(string url, string? acceptLanguage = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptLanguage is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        }

        using var response = await _client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(Atom + "feed", feed.Root!.Name);
        return feed;
    }

    private static List<string> EntryIds(XDocument feed) =>
        [.. feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];

    private static string? Link(XElement element, string rel) =>
        element.Elements(Atom + "link").FirstOrDefault(l => (string?)l.Attribute("rel") == rel)?.Attribute("href")?.Value;

    // The whole feed: from the subscription document's `first` link, following `next` to the end.
    private async Task<List<string>> FollowAll(string url)
    {
        var ids = new List<string>();
        for (string? next = Link((await GetAtom(url)).Root!, "first"); next is not null;)
        {
            var page = await GetAtom(next);
            ids.AddRange(EntryIds(page));
            next = Link(page.Root!, "next");
        }

        return ids;
    }

    [Fact]
    public async Task Atom_FollowingNext_EveryActionOnceWithTheJsonFeedsIdsAndOrder()
    {
        var ids = await FollowAll("/v1/actions.atom?limit=400");

        Assert.Equal(DataRows(), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var json = new List<string>();
        for (string? next = "/v1/actions?limit=1000"; next is not null;)
        {
            var page = await GetJson(_client, next);
            json.AddRange(Codes(page.GetProperty("items"), "id"));
            next = page.GetProperty("next").GetString();
        }

        Assert.Equal(json.Select(id => Tag + id), ids);
    }

    [Fact]
    public async Task Atom_IdsAndBytes_StableAcrossCallsAndPageSizes()
    {
        var first = await FollowAll("/v1/actions.atom?instrument=opsc&limit=50");
        var again = await FollowAll("/v1/actions.atom?instrument=opsc&limit=1000&lang=zh");

        Assert.Equal(first, again);
        var one = await _client.GetByteArrayAsync(new Uri("/v1/actions.atom?state=FRA&lang=ru", UriKind.Relative));
        var two = await _client.GetByteArrayAsync(new Uri("/v1/actions.atom?state=FRA&lang=ru", UriKind.Relative));
        Assert.Equal(one, two);
    }

    [Fact]
    public async Task Atom_Filters_TheOneActionWithTitleSummaryAndLinksInTheLanguageAsked()
    {
        var feed = await GetAtom("/v1/actions.atom?instrument=XVIII-12-a&state=jp&kind=acceptance&lang=fr");

        var entry = Assert.Single(feed.Root!.Elements(Atom + "entry"));
        Assert.Equal(Tag + "trafficking-protocol:JPN:acceptance", entry.Element(Atom + "id")!.Value);
        var name = (await GetJson(_client, "/v1/states/JPN?lang=fr")).GetProperty("state").GetProperty("name").GetString()!;
        // The short name a source gives in French (data/instrument-short-names.csv), not the English one.
        var shortName = (await GetJson(_client, "/v1/instruments/trafficking-protocol?lang=fr")).GetProperty("localShortName").GetString()!;
        Assert.Equal($"{name} : acceptation ({shortName})", entry.Element(Atom + "title")!.Value);
        Assert.Contains("2017-07-11", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Equal("/widgets/states/JPN?lang=fr", Link(entry, "alternate"));
        Assert.Equal("/v1/instruments/trafficking-protocol/participants/JPN?lang=fr", Link(entry, "related"));
        var recorded = (await GetJson(_client, "/v1/actions?instrument=XVIII-12-a&state=jp&kind=acceptance")).GetProperty("items")[0].GetProperty("recorded").GetString();
        Assert.Equal($"{recorded}T00:00:00Z", entry.Element(Atom + "updated")!.Value);
        Assert.Equal($"{recorded}T00:00:00Z", feed.Root!.Element(Atom + "updated")!.Value);
        Assert.Equal("fr", feed.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.Null(Link(feed.Root!, "next"));
        Assert.Equal("/v1/actions?instrument=XVIII-12-a&state=jp&kind=acceptance", Link(feed.Root!, "alternate"));
    }

    [Fact]
    public async Task Atom_Arabic_NamesFromTheReadModelAndContentLanguage()
    {
        using var response = await _client.GetAsync(new Uri("/v1/actions.atom?state=FRA&instrument=cedaw&lang=ar", UriKind.Relative));
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("ar", Assert.Single(response.Content.Headers.ContentLanguage));
        var name = (await GetJson(_client, "/v1/states/FRA?lang=ar")).GetProperty("state").GetProperty("name").GetString()!;
        var title = (await GetJson(_client, "/v1/instruments/cedaw?lang=ar")).GetProperty("title").GetString()!;
        Assert.All(feed.Root!.Elements(Atom + "entry"), e =>
        {
            Assert.StartsWith($"{name}: ", e.Element(Atom + "title")!.Value, StringComparison.Ordinal);
            Assert.Contains(title, e.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        });
        Assert.Contains("الإجراءات المتعلقة بالمعاهدات", feed.Root!.Element(Atom + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_AcceptLanguage_ChoosesTheLanguageWithoutLang()
    {
        var feed = await GetAtom("/v1/actions.atom?kind=denunciation", "ru-RU, en;q=0.5");

        Assert.Equal("ru", feed.Root!.Attribute(XNamespace.Xml + "lang")?.Value);
        Assert.All(feed.Root!.Elements(Atom + "entry"), e => Assert.Contains("денонсация", e.Element(Atom + "title")!.Value, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Atom_SourcesThatAreUrls_ViaLinks()
    {
        JsonElement? withUrl = null;
        for (string? next = "/v1/actions?limit=1000"; next is not null && withUrl is null;)
        {
            var page = await GetJson(_client, next);
            withUrl = page.GetProperty("items").EnumerateArray()
                .FirstOrDefault(a => a.GetProperty("sources").EnumerateArray().Any(s => s.GetString()!.StartsWith("https://", StringComparison.Ordinal)));
            withUrl = withUrl?.ValueKind == JsonValueKind.Object ? withUrl : null;
            next = page.GetProperty("next").GetString();
        }

        var action = withUrl!.Value;
        var urls = action.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).Where(s => s.StartsWith("http", StringComparison.Ordinal)).ToList();

        var feed = await GetAtom($"/v1/actions.atom?instrument={action.GetProperty("instrument").GetString()}&state={action.GetProperty("state").GetString()}&kind={action.GetProperty("kind").GetString()}");

        var entry = feed.Root!.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == Tag + action.GetProperty("id").GetString());
        var via = entry.Elements(Atom + "link").Where(l => (string?)l.Attribute("rel") == "via").Select(l => new Uri(l.Attribute("href")!.Value).AbsoluteUri).ToList();
        Assert.NotEmpty(via);
        Assert.Equal(urls.Select(u => new Uri(u).AbsoluteUri), via);
    }

    private static string CursorOf(string url) =>
        QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), url).Query)["cursor"].ToString();

    [Fact]
    public async Task Atom_Paging_NextCarriesTheFiltersAndTheJsonFeedsCursor()
    {
        var json = await GetJson(_client, "/v1/actions?instrument=cedaw&limit=10");
        var subscription = await GetAtom("/v1/actions.atom?instrument=cedaw&limit=10&lang=es");
        var firstUrl = Link(subscription.Root!, "first")!;
        var feed = await GetAtom(firstUrl);

        var next = Link(feed.Root!, "next")!;
        Assert.Equal(CursorOf(json.GetProperty("next").GetString()!), CursorOf(next));
        Assert.Contains("lang=es", next, StringComparison.Ordinal);
        Assert.Equal(firstUrl, Link(feed.Root!, "self"));
        Assert.StartsWith("/v1/actions.atom?instrument=cedaw&limit=10&cursor=", firstUrl, StringComparison.Ordinal);
        Assert.Equal("/v1/actions.atom?instrument=cedaw&limit=10&lang=es", Link(feed.Root!, "current"));
        Assert.Equal(Codes(json.GetProperty("items"), "id").Select(id => Tag + id), EntryIds(feed));
        var second = await GetAtom(next);
        Assert.Equal(Link(feed.Root!, "first"), Link(second.Root!, "first"));
        Assert.Equal(feed.Root!.Element(Atom + "id")!.Value, second.Root!.Element(Atom + "id")!.Value);
        Assert.Empty(EntryIds(feed).Intersect(EntryIds(second)));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1001", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("kind=ratify", "kind")]
    [InlineData("since=2026-02-30", "since")]
    [InlineData("since=2999-01-01", "since")]
    [InlineData("state=F_R", "state")]
    [InlineData("instrument=cedaw%3B", "instrument")]
    public async Task Atom_BadParameter_TheJsonFeedsProblem(string query, string parameter)
    {
        var atom = await GetProblem(_client, $"/v1/actions.atom?{query}", HttpStatusCode.BadRequest, $"'{parameter}'");
        var json = await GetProblem(_client, $"/v1/actions?{query}", HttpStatusCode.BadRequest, $"'{parameter}'");

        Assert.Equal(json.GetProperty("errors").ToString(), atom.GetProperty("errors").ToString());
    }

    [Theory]
    [InlineData("instrument=palermo")]
    [InlineData("state=XYZ")]
    public async Task Atom_UnknownInstrumentOrState_TheJsonFeeds404(string query)
    {
        var atom = await GetProblem(_client, $"/v1/actions.atom?{query}", HttpStatusCode.NotFound, "not found");
        var json = await GetProblem(_client, $"/v1/actions?{query}", HttpStatusCode.NotFound, "not found");

        Assert.Equal(json.GetProperty("detail").GetString(), atom.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Atom_UnknownLanguage_400NamingLang()
    {
        await GetProblem(_client, "/v1/actions.atom?lang=de", HttpStatusCode.BadRequest, "'lang'");
    }

    [Fact]
    public async Task Atom_IfNoneMatchItsStrongETag_304()
    {
        using var first = await _client.GetAsync(new Uri("/v1/actions.atom?state=USA", UriKind.Relative));
        Assert.False(first.Headers.ETag!.IsWeak);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/actions.atom?state=USA");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/actions.atom?limit=25", "/v1/actions?limit=1000")]
    [InlineData("/v1/actions.atom?instrument=opsc&kind=accession&limit=7&lang=ar", "/v1/actions?instrument=opsc&kind=accession&limit=1000")]
    [InlineData("/v1/actions.atom?state=SLB", "/v1/actions?state=SLB&limit=1000")]
    public async Task Atom_SubscriptionDocument_TheNewestActionsNewestFirst_WithFirstAndNoNext(string atom, string json)
    {
        var all = new List<string>();
        for (string? next = json; next is not null;)
        {
            var page = await GetJson(_client, next);
            all.AddRange(Codes(page.GetProperty("items"), "id"));
            next = page.GetProperty("next").GetString();
        }

        var feed = await GetAtom(atom);

        var limit = int.Parse(QueryHelpers.ParseQuery(new Uri(new Uri("http://localhost"), atom).Query).TryGetValue("limit", out var l) ? l.ToString() : "100", System.Globalization.CultureInfo.InvariantCulture);
        var newest = Enumerable.Reverse(all).Take(limit).Select(id => Tag + id).ToList();
        Assert.NotEmpty(newest);
        Assert.Equal(newest, EntryIds(feed));
        Assert.Null(Link(feed.Root!, "next"));
        Assert.Null(Link(feed.Root!, "current"));
        Assert.NotNull(Link(feed.Root!, "first"));
    }

    [Fact]
    public async Task JsonFeed_LinksToTheAtomFeedOfTheSamePage()
    {
        using var response = await _client.GetAsync(new Uri("/v1/actions?state=FRA&limit=5", UriKind.Relative));
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        var atom = body.GetProperty("atom").GetString();
        // The first JSON page is the Atom feed's first page, after the start cursor (without one, Atom gives the newest).
        Assert.StartsWith("/v1/actions.atom?state=FRA&limit=5&cursor=", atom, StringComparison.Ordinal);
        Assert.Equal($"<{atom}>; rel=\"alternate\"; type=\"application/atom+xml\"", Assert.Single(response.Headers.GetValues("Link")));
        var feed = await GetAtom(atom!);
        Assert.Equal(Codes(body.GetProperty("items"), "id").Select(id => Tag + id), EntryIds(feed));
    }

    [Fact]
    public async Task CsvFeed_LinkUnchanged_NextOnly()
    {
        using var response = await _client.GetAsync(new Uri("/v1/actions?format=csv&limit=5", UriKind.Relative));

        var link = Assert.Single(response.Headers.GetValues("Link"));
        Assert.StartsWith("</v1/actions?format=csv&limit=5&cursor=", link, StringComparison.Ordinal);
        Assert.EndsWith(">; rel=\"next\"", link, StringComparison.Ordinal);
        Assert.DoesNotContain("atom", link, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Atom_AcceptJsonOnly_406()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/actions.atom");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    private static readonly string[] FeedWords = ["atom_feed_title", "atom_entry_title", "atom_entry_summary"];

    [Fact]
    public void Words_EveryKeyInSixLanguagesAndEveryKindOfAction()
    {
        // Every word in all six languages is WidgetTextTests' check; here, that every kind of action has its word.
        foreach (var key in FeedWords.Concat(RatificationApi.Domain.WireName.All<RatificationApi.Domain.ActionKind>().Select(kind => $"act_{kind}")))
        {
            Assert.Contains(key, RatificationApi.Infrastructure.UiText.Keys);
            Assert.True(RatificationApi.Infrastructure.UiText.IsComplete(key), key);
        }
    }

    [Theory]
    [InlineData("/widgets/states/FRA?lang=ar", "/v1/actions.atom?state=FRA&amp;lang=ar")]
    [InlineData("/widgets/instruments/opsc?lang=zh", "/v1/actions.atom?instrument=opsc&amp;lang=zh")]
    [InlineData("/embed", "/v1/actions.atom?lang=en")]
    public async Task HtmlPages_LinkTheAtomFeedInTheirHead(string page, string href)
    {
        var html = await _client.GetStringAsync(new Uri(page, UriKind.Relative));

        var head = html[..html.IndexOf("</head>", StringComparison.Ordinal)];
        Assert.Contains($"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"{href}\">", head, StringComparison.Ordinal);
        var feed = await GetAtom(System.Net.WebUtility.HtmlDecode(href));
        Assert.NotEmpty(EntryIds(feed));
    }
}
