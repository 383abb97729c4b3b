using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

/// <summary>The map widget and resolution 63/194's widget, on the real data.</summary>
public partial class MapWidgetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("cedaw", "en", null)]
    [InlineData("trafficking-protocol", "ar", "2008-12-18")]
    [InlineData("opsc", "zh", "2015-01-01")]
    public async Task MapWidget_InlineMapLegendAndTheGapsByRegion_AsTheApiCountsThem(string id, string lang, string? asOf)
    {
        var date = asOf is null ? string.Empty : $"&asOf={asOf}";
        var counts = (await Json($"/v1/instruments/{id}?lang={lang}{date}")).GetProperty("counts");
        var gaps = await Json($"/v1/instruments/{id}/gaps?lang={lang}{date}");

        var response = await Get(_client, $"/widgets/instruments/{id}/map?lang={lang}{date}");

        Assert.Equal("text/html", response.MediaType);
        Assert.Contains("frame-ancestors *", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var html = response.Body;
        Assert.Contains($"<html lang=\"{lang}\" dir=\"{(lang == "ar" ? "rtl" : "ltr")}\">", html, StringComparison.Ordinal);
        Assert.Equal(197, Occurrences(html, "data-participant=\""));
        Assert.Contains($"<li data-class=\"party\" data-count=\"{counts.GetProperty("parties").GetInt32()}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<li data-class=\"signatory\" data-count=\"{counts.GetProperty("signatoriesNotParties").GetInt32()}\">", html, StringComparison.Ordinal);
        // The <details> lists every UN Member State that is not a party, once, under its region.
        var details = html[html.IndexOf("<details>", StringComparison.Ordinal)..];
        Assert.Equal(gaps.GetProperty("count").GetInt32(), Occurrences(details, "<li>"));
        foreach (var gap in gaps.GetProperty("items").EnumerateArray())
        {
            Assert.Contains($"<li>{System.Net.WebUtility.HtmlEncode(gap.GetProperty("name").GetString())} ", details.Replace("&#x27;", "&#39;", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ar")]
    [InlineData("ru")]
    public async Task ResolutionWidget_FiveInstrumentsTheGapThenAndNow_AsTheResolutionGivesThem(string lang)
    {
        var resolution = await Json($"/v1/resolutions/A-RES-63-194?lang={lang}");
        var expected = resolution.GetProperty("paragraphs").EnumerateArray()
            .SelectMany(p => p.GetProperty("instruments").EnumerateArray())
            .SelectMany(i => new[] { i.GetProperty("gapsAtAdoption"), i.GetProperty("gapsToday") })
            .Select(g => (AsOf: g.GetProperty("asOf").GetString(), Gap: g.GetProperty("count").GetInt32(), Members: g.GetProperty("members").GetInt32()))
            .ToHashSet();

        var response = await Get(_client, $"/widgets/resolutions/A-RES-63-194?lang={lang}");

        Assert.Contains("img-src 'self' data:", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors *", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        var figures = Figure().Matches(response.Body).Select(m => (AsOf: (string?)m.Groups[1].Value, Gap: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), Members: int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.Equal(10, figures.Count);
        Assert.Equal(expected, figures.ToHashSet());
        Assert.Equal(10, Occurrences(response.Body, "<img src=\"/v1/instruments/"));
        Assert.Equal(10, Occurrences(response.Body, " alt=\""));
        Assert.DoesNotMatch(ExternalReference(), response.Body);
        Assert.Contains($"dir=\"{(lang == "ar" ? "rtl" : "ltr")}\"", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResolutionWidget_TheMapsItShowsAreServed()
    {
        var html = (await Get(_client, "/widgets/resolutions/A-RES-63-194?theme=dark")).Body;

        foreach (Match src in Source().Matches(html))
        {
            var response = await Get(_client, WebUtility.HtmlDecode(src.Groups[1].Value));
            Assert.Equal("image/svg+xml", response.MediaType);
        }
    }

    [Theory]
    [InlineData("/widgets/resolutions/A-RES-99-1", HttpStatusCode.NotFound)]
    [InlineData("/widgets/resolutions/A-RES-63-194?lang=xx", HttpStatusCode.BadRequest)]
    [InlineData("/widgets/resolutions/A-RES-63-194?theme=pink", HttpStatusCode.BadRequest)]
    [InlineData("/widgets/instruments/nope/map", HttpStatusCode.NotFound)]
    [InlineData("/widgets/instruments/cedaw/map?region=1234", HttpStatusCode.BadRequest)]
    [InlineData("/widgets/instruments/cedaw/map?asOf=tomorrow", HttpStatusCode.BadRequest)]
    public async Task BadRequests_AProblem(string url, HttpStatusCode expected)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [GeneratedRegex("(?:src|href)=\"(?:https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("<figure data-as-of=\"([0-9-]+)\" data-gap=\"([0-9]+)\" data-members=\"([0-9]+)\">")]
    private static partial Regex Figure();

    [GeneratedRegex("<img src=\"([^\"]+)\"")]
    private static partial Regex Source();

    private async Task<JsonElement> Json(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
