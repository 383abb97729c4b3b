using System.Net;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

public class EmbedPageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task EmbedPage_NoChoice_FormThatReloadsItselfAndNoPreview()
    {
        var html = await GetHtml(_client, "/embed");

        Assert.Contains("<form method=\"get\" action=\"/embed\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"FRA\">France (FRA)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"EU\">European Union (EU)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"cedaw\">CEDAW</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"ar\" lang=\"ar\">العربية</option>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task EmbedPage_Instrument_OffersItsMapWidgetAndTheResolutionWidget()
    {
        var html = await GetHtml(_client, "/embed?instrument=opsc&lang=es&theme=dark");

        Assert.Contains("<iframe src=\"/widgets/instruments/opsc/map?lang=es&amp;theme=dark\"", html, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"/widgets/resolutions/A-RES-63-194?lang=es&amp;theme=dark\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"map-snippet\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"resolution-snippet\"", html, StringComparison.Ordinal);
        Assert.Contains("Mapa mundial: ", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_StateAndInstrument_PreviewsAndSnippetsForBothWidgetsAndTheBadge()
    {
        var html = await GetHtml(_client, "/embed?state=fra&instrument=cedaw&lang=fr&theme=dark&compact=true");

        Assert.Contains("<option value=\"FRA\" selected>France (FRA)</option>", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"fr\" lang=\"fr\" selected>", html, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"/widgets/states/FRA?lang=fr&amp;theme=dark&amp;compact=true\"", html, StringComparison.Ordinal);
        Assert.Contains("<iframe src=\"/widgets/instruments/cedaw?lang=fr&amp;theme=dark&amp;compact=true\"", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/badges/cedaw/FRA.svg?lang=fr&amp;theme=dark\" alt=\"France: CEDAW\">", html, StringComparison.Ordinal);
        // The snippets are text to copy, escaped, with the service's absolute address.
        Assert.Contains("readonly rows=\"4\" spellcheck=\"false\">&lt;iframe src=&quot;http://localhost/widgets/states/FRA?lang=fr&amp;amp;theme=dark&amp;amp;compact=true&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=&quot;http://localhost/badges/cedaw/FRA.svg?lang=fr&amp;amp;theme=dark&quot;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_EmptyChoicesFromTheForm_AcceptedAsNone()
    {
        var html = await GetHtml(_client, "/embed?state=&instrument=&lang=en&theme=light");

        Assert.DoesNotContain("<iframe", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmbedPage_MayFrameOwnWidgetsButNotBeFramed()
    {
        var response = await Get(_client, "/embed?state=FRA");

        var policy = response.Header("Content-Security-Policy")!;
        Assert.Contains("frame-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
        Assert.Equal("DENY", response.Header("X-Frame-Options"));
    }

    [Theory]
    [InlineData("/embed?theme=blue", "theme")]
    [InlineData("/embed?lang=it", "lang")]
    [InlineData("/embed?state=12", "state")]
    [InlineData("/embed?instrument=a%20b", "instrument")]
    [InlineData("/embed?compact=on", "compact")]
    public async Task EmbedPage_BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}'");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/embed?state=XYZ", "'XYZ'")]
    [InlineData("/embed?instrument=nope", "'nope'")]
    public async Task EmbedPage_Unknown_404Problem(string url, string mentions)
    {
        await GetProblem(_client, url, HttpStatusCode.NotFound, mentions);
    }
}
