using System.Net;
using System.Text.RegularExpressions;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

/// <summary>Widgets and badges may be framed by any site and are cached; everything else keeps the strict default.</summary>
public partial class EmbeddingHeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string FramablePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Embeddables => new()
    {
        "/widgets/states/FRA?lang=ar",
        "/widgets/instruments/cedaw?theme=dark",
        "/badges/cedaw/FRA.svg?lang=zh",
        "/embed?state=FRA&instrument=cedaw",
    };

    [Theory]
    [InlineData("/widgets/states/FRA")]
    [InlineData("/widgets/instruments/untoc?compact=true")]
    [InlineData("/badges/opsc/USA.svg")]
    public async Task Embeddable_OwnFramablePolicyAndNoXFrameOptions(string url)
    {
        var response = await Get(_client, url);

        Assert.Equal(FramablePolicy, response.Header("Content-Security-Policy"));
        Assert.Null(response.Header("X-Frame-Options"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("cross-origin", response.Header("Cross-Origin-Resource-Policy"));
    }

    [Fact]
    public async Task NotAWidget_StillTheStrictDefault()
    {
        var response = await Get(_client, "/v1/states/FRA");

        Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/widgets/states/FRA?lang=ar")]
    [InlineData("/widgets/instruments/cedaw?theme=dark")]
    [InlineData("/badges/cedaw/FRA.svg?lang=zh")]
    public async Task WidgetOrBadge_KeptByTheRepresentationCache_PublicShortLivedStrongETag(string url)
    {
        var response = await Get(_client, url);
        var again = await Get(_client, url);

        var cacheControl = response.Message.Headers.CacheControl!;
        Assert.True(cacheControl.Public);
        Assert.InRange(cacheControl.MaxAge!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(5));
        var etag = response.Message.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Equal(etag.Tag, again.Message.Headers.ETag!.Tag);
        Assert.Equal(response.Body, again.Body);
    }

    [Fact]
    public async Task EmbedPage_NamesTheHost_PrivateAndETagOfTheBody()
    {
        var response = await Get(_client, "/embed?state=FRA&instrument=cedaw");

        var cacheControl = response.Message.Headers.CacheControl!;
        Assert.True(cacheControl.Private);
        Assert.False(cacheControl.Public);
        Assert.Equal(TimeSpan.FromMinutes(5), cacheControl.MaxAge);
        var etag = response.Message.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.Matches(Sha256Tag(), etag.Tag);
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await response.Message.Content.ReadAsByteArrayAsync()));
        Assert.Equal($"\"{hash}\"", etag.Tag);
    }

    [Fact]
    public async Task EmbedPage_OtherHost_ItsOwnSnippets()
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, "/embed?state=FRA");
        first.Headers.Host = "one.example";
        using var second = new HttpRequestMessage(HttpMethod.Get, "/embed?state=FRA");
        second.Headers.Host = "two.example";

        var one = await (await _client.SendAsync(first)).Content.ReadAsStringAsync();
        var two = await (await _client.SendAsync(second)).Content.ReadAsStringAsync();

        Assert.Contains("//one.example/widgets/states/FRA", one, StringComparison.Ordinal);
        Assert.Contains("//two.example/widgets/states/FRA", two, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Embeddables))]
    public async Task Embeddable_IfNoneMatchCurrentTag_304WithNoBody(string url)
    {
        var first = await Get(_client, url);
        var etag = first.Message.Headers.ETag!.Tag;

        var again = await Get(_client, url, HttpStatusCode.NotModified, ifNoneMatch: etag);

        Assert.Equal(string.Empty, again.Body);
        Assert.Equal(etag, again.Message.Headers.ETag!.Tag);
        Assert.Equal(first.Header("Cache-Control"), again.Header("Cache-Control"));
        Assert.Equal(first.Header("Content-Security-Policy"), again.Header("Content-Security-Policy"));
        Assert.Equal(first.Header("X-Frame-Options"), again.Header("X-Frame-Options"));
    }

    [Theory]
    [InlineData("\"0000\", W/{0}")]
    [InlineData("*")]
    public async Task Embeddable_IfNoneMatchListWeakFormOrStar_304(string header)
    {
        var etag = (await Get(_client, "/widgets/states/IRN")).Message.Headers.ETag!.Tag;

        await Get(_client, "/widgets/states/IRN", HttpStatusCode.NotModified, ifNoneMatch: string.Format(System.Globalization.CultureInfo.InvariantCulture, header, etag));
    }

    [Fact]
    public async Task Embeddable_IfNoneMatchOtherTag_200WithBody()
    {
        var response = await Get(_client, "/widgets/states/IRN", HttpStatusCode.OK, ifNoneMatch: "\"something-else\"");

        Assert.StartsWith("<!DOCTYPE html>", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Embeddable_OtherLanguageOrTheme_OtherETag()
    {
        var en = (await Get(_client, "/widgets/states/FRA")).Message.Headers.ETag!.Tag;
        var fr = (await Get(_client, "/widgets/states/FRA?lang=fr")).Message.Headers.ETag!.Tag;
        var dark = (await Get(_client, "/widgets/states/FRA?theme=dark")).Message.Headers.ETag!.Tag;

        Assert.Equal(3, new[] { en, fr, dark }.Distinct().Count());
    }

    [Fact]
    public async Task Widget_FromAnotherOrigin_CorsAllowsAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/badges/cedaw/FRA.svg");
        request.Headers.Add("Origin", "https://ngo.example");

        using var response = await _client.SendAsync(request);

        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [GeneratedRegex("^\"[0-9a-f]{64}\"$")]
    private static partial Regex Sha256Tag();
}
