using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

/// <summary>GET /v1/instruments/{id}/map.svg on the real data: every participant once, counts as the API gives them.</summary>
public class WorldMapTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly string[] Instruments = ["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956"];
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> InstrumentsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in Instruments)
        {
            foreach (var lang in new[] { "ar", "en", "es", "fr", "ru", "zh" })
            {
                data.Add(id, lang);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InstrumentsAndLanguages))]
    public async Task Map_EveryParticipantButTheEuropeanUnionOnce_WithANameAndStatus(string id, string lang)
    {
        var states = (await GetJson($"/v1/states?lang={lang}")).GetProperty("items").EnumerateArray()
            .ToDictionary(s => s.GetProperty("code").GetString()!, s => s.GetProperty("name").GetString()!);

        var map = await GetMap($"/v1/instruments/{id}/map.svg?lang={lang}");

        var drawn = map.Descendants(Svg + "g").Where(g => g.Attribute("data-participant") is not null).ToList();
        var codes = drawn.Select(g => g.Attribute("data-participant")!.Value).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(states.Keys.Where(c => c != "EU").Order(StringComparer.Ordinal), codes.Order(StringComparer.Ordinal));
        foreach (var g in drawn)
        {
            var title = g.Element(Svg + "title")!.Value;
            Assert.StartsWith(states[g.Attribute("data-participant")!.Value] + ":", title, StringComparison.Ordinal);
            Assert.Contains("graphics-symbol", g.Attribute("role")!.Value, StringComparison.Ordinal);
        }

        Assert.Equal(lang, map.Root!.Attribute("lang")!.Value);
        Assert.Equal(lang == "ar" ? "rtl" : "ltr", map.Root.Attribute("direction")!.Value);
    }

    [Theory]
    [InlineData("cedaw", null)]
    [InlineData("trafficking-protocol", "2008-12-18")]
    [InlineData("trafficking-protocol", null)]
    [InlineData("untoc", "2003-09-29")]
    [InlineData("opsc", "2015-06-30")]
    [InlineData("slavery-convention-1956", "1980-01-01")]
    public async Task Legend_CountsAreTheInstrumentsCountsOnTheDate(string id, string? asOf)
    {
        var query = asOf is null ? string.Empty : $"?asOf={asOf}";
        var counts = (await GetJson($"/v1/instruments/{id}{query}")).GetProperty("counts");
        var participants = (await GetJson("/v1/states")).GetProperty("count").GetInt32();

        var legend = (await GetMap($"/v1/instruments/{id}/map.svg{query}")).Descendants(Svg + "g")
            .Where(g => g.Attribute("data-count") is not null)
            .ToDictionary(g => g.Attribute("data-class")!.Value, g => int.Parse(g.Attribute("data-count")!.Value, System.Globalization.CultureInfo.InvariantCulture));

        int Count(string name) => counts.GetProperty(name).GetInt32();
        Assert.Equal(Count("parties"), legend["party"]);
        Assert.Equal(Count("signatoriesNotParties"), legend["signatory"]);
        Assert.Equal(Count("withdrawn"), legend.GetValueOrDefault("withdrawn"));
        Assert.Equal(Count("undetermined"), legend.GetValueOrDefault("undetermined"));
        Assert.Equal(participants, legend.Values.Sum());
    }

    [Fact]
    public async Task Map_SaysItsDateTheCompleteAsAtDateAndItsSources()
    {
        var map = await GetMap("/v1/instruments/trafficking-protocol/map.svg?asOf=2008-12-18");
        var text = string.Join("\n", map.Descendants(Svg + "text").Select(t => t.Value));

        Assert.Contains("Status on 18 December 2008", text, StringComparison.Ordinal);
        Assert.Contains("Depositary records complete as at:", text, StringComparison.Ordinal);
        Assert.Contains("Natural Earth", text, StringComparison.Ordinal);
        Assert.Contains("imply no position", text, StringComparison.Ordinal);
        Assert.Contains("European Union: ", text, StringComparison.Ordinal);
        Assert.Contains("18 December 2008", map.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Map_LoadsNothingFromElsewhere_AndStaysSmall()
    {
        var response = await Get(_client, "/v1/instruments/cedaw/map.svg?lang=ru");

        Assert.Equal("image/svg+xml", response.MediaType);
        Assert.DoesNotContain("<script", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(http", response.Body, StringComparison.OrdinalIgnoreCase);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(response.Body, "http"));
        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(response.Body), 50_000, 100_000);
        Assert.NotNull(response.Header("ETag"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments/cedaw/map.svg?lang=ru");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await _client.SendAsync(request);
        Assert.Equal("br", Assert.Single(compressed.Content.Headers.ContentEncoding));
        Assert.InRange((await compressed.Content.ReadAsByteArrayAsync()).Length, 10_000, 25_000);
    }

    [Fact]
    public async Task WorldDrawsTheGeneralizedShapes_ARegionTheDetailedOnes()
    {
        // Brazil: drawn in both, with fewer points for the whole world (data/geo/README.md, world_path).
        static string Brazil(XDocument map) => map.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-participant") == "BRA")
            .Element(Svg + "path")!.Attribute("d")!.Value;
        var world = Brazil(await GetMap("/v1/instruments/cedaw/map.svg"));
        var southAmerica = Brazil(await GetMap("/v1/instruments/cedaw/map.svg?region=005"));

        Assert.True(world.Length < southAmerica.Length * 3 / 4, $"the world's Brazil ({world.Length} characters) is not lighter than South America's ({southAmerica.Length})");
    }

    [Fact]
    public async Task Region_FramesTheRegionInsideTheWorld_AndDrawsEveryoneStill()
    {
        var world = ViewBox(await GetMap("/v1/instruments/opsc/map.svg"));
        var caribbean = await GetMap("/v1/instruments/opsc/map.svg?region=029&lang=fr");
        var frame = ViewBox(caribbean);

        Assert.True(frame[2] < world[2] / 4, "the Caribbean frame is a small part of the world");
        Assert.True(frame[0] >= world[0] && frame[1] >= world[1] && frame[0] + frame[2] <= world[0] + world[2] + 0.1 && frame[1] + frame[3] <= world[1] + world[3] + 0.1);
        Assert.Contains("Caribbean", caribbean.Root!.Element(Svg + "title")!.Value, StringComparison.Ordinal);
        // Jamaica's anchor is inside the frame.
        Assert.Equal(197, caribbean.Descendants(Svg + "g").Count(g => g.Attribute("data-participant") is not null));
    }

    [Theory]
    [InlineData("?region=999", "region")]
    [InlineData("?region=africa", "region")]
    [InlineData("?theme=blue", "theme")]
    [InlineData("?asOf=2999-01-01", "asOf")]
    [InlineData("?asOf=2008-02-30", "asOf")]
    [InlineData("?lang=de", "lang")]
    public async Task BadParameters_AProblemNamingTheParameter(string query, string parameter)
    {
        using var response = await _client.GetAsync(new Uri($"/v1/instruments/cedaw/map.svg{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"'{parameter}'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownInstrument_NotFound()
    {
        using var response = await _client.GetAsync(new Uri("/v1/instruments/nope/map.svg", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw/map.svg?lang=ar&theme=dark")]
    [InlineData("/v1/instruments/cedaw/timeline.svg?lang=fr")]
    public async Task SvgUnderTheStrictPolicy_LooksRightWithoutCss(string url)
    {
        // A /v1 answer carries default-src 'none', which makes a browser drop <style> and style="" when the SVG is
        // opened on its own: the look must come from presentation attributes.
        var response = await Get(_client, url);

        Assert.Contains("default-src 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.DoesNotContain("<style", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" class=", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LargeAnswer_KeptCompressed_EveryCodingGivesTheSameBody()
    {
        // A map is kept only as Brotli (RepresentationCacheOptions.KeepOnlyCompressedFromBytes): the plain and gzip
        // copies are made from it, and must be the very bytes the endpoint wrote.
        const string url = "/v1/instruments/opsc/map.svg?lang=zh&theme=dark";
        var bodies = new Dictionary<string, (byte[] Body, string ETag)>();
        foreach (var coding in new[] { "identity", "br", "gzip", "identity" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", coding);
            using var response = await _client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var raw = await response.Content.ReadAsByteArrayAsync();
            var body = coding switch
            {
                "br" => Decode(raw, s => new System.IO.Compression.BrotliStream(s, System.IO.Compression.CompressionMode.Decompress)),
                "gzip" => Decode(raw, s => new System.IO.Compression.GZipStream(s, System.IO.Compression.CompressionMode.Decompress)),
                _ => raw,
            };
            Assert.Equal(coding == "identity" ? [] : new[] { coding }, response.Content.Headers.ContentEncoding);
            bodies[coding] = (body, response.Headers.ETag!.Tag);
        }

        Assert.Equal(bodies["identity"].Body, bodies["br"].Body);
        Assert.Equal(bodies["identity"].Body, bodies["gzip"].Body);
        Assert.Equal(3, bodies.Values.Select(b => b.ETag).Distinct().Count());

        static byte[] Decode(byte[] raw, Func<Stream, Stream> decoder)
        {
            using var output = new MemoryStream();
            using (var stream = decoder(new MemoryStream(raw)))
            {
                stream.CopyTo(output);
            }

            return output.ToArray();
        }
    }

    [Fact]
    public async Task DarkTheme_UsesTheDarkPalette()
    {
        var light = await Get(_client, "/v1/instruments/cedaw/map.svg");
        var dark = await Get(_client, "/v1/instruments/cedaw/map.svg?theme=dark");

        Assert.Contains("fill=\"#1d6b32\"", light.Body, StringComparison.Ordinal);
        Assert.Contains("fill=\"#7fd493\"", dark.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("fill=\"#1d6b32\"", dark.Body, StringComparison.Ordinal);
    }

    private static double[] ViewBox(XDocument map) =>
        [.. map.Root!.Element(Svg + "svg")!.Attribute("viewBox")!.Value.Split(' ').Select(v => double.Parse(v, System.Globalization.CultureInfo.InvariantCulture))];

    private async Task<XDocument> GetMap(string url)
    {
        var response = await Get(_client, url);
        Assert.Equal("image/svg+xml", response.MediaType);
        return XDocument.Parse(response.Body);
    }

    private async Task<JsonElement> GetJson(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }
}
