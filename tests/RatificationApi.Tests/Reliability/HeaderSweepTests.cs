namespace RatificationApi.Tests.Reliability;

/// <summary>
/// The security headers on every operation of the OpenAPI document, served by real Kestrel (whose own
/// Server header is what AddServerHeader = false removes): nosniff, no referrer, no banner, no cookies,
/// the strict policy everywhere except the widgets and badges, which any site may frame.
/// </summary>
public class HeaderSweepTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    private const string Strict = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    private const string Framable = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
        ["code"] = "FRA",
        ["id"] = "cedaw",
        ["instrument"] = "cedaw",
    };

    public static TheoryData<string> Operations { get; } = new(OpenApiOperations.Load().Select(o => o.OperationId));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Operation_SecurityHeadersNoBannerNoCookies(string operationId)
    {
        var operation = OpenApiOperations.Load().Single(o => o.OperationId == operationId);
        var path = operation.Path;
        foreach (var (name, value) in Examples)
        {
            path = path.Replace($"{{{name}}}", operationId is "getResolution" or "getResolutionWidget" ? "A-RES-63-194" : value, StringComparison.Ordinal);
        }

        var response = await factory.Http.SendAsync(new RawRequest("GET", path));

        Assert.Equal(200, response.Status);
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));
        Assert.Equal("no-referrer", response.Header("Referrer-Policy"));
        Assert.Null(response.Header("Server"));
        Assert.Null(response.Header("Set-Cookie"));
        Assert.Null(response.Header("X-Powered-By"));
        if (path.StartsWith("/widgets/", StringComparison.Ordinal) || path.StartsWith("/badges/", StringComparison.Ordinal))
        {
            // The resolution widget shows the maps as images from this service; every other widget has no image but data:.
            Assert.Equal(operationId == "getResolutionWidget" ? Framable.Replace("img-src data:", "img-src 'self' data:", StringComparison.Ordinal) : Framable, response.Header("Content-Security-Policy"));
            Assert.Null(response.Header("X-Frame-Options"));
        }
        else
        {
            Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
            Assert.Equal("DENY", response.Header("X-Frame-Options"));
            if (path != "/embed")
            {
                Assert.Equal(Strict, response.Header("Content-Security-Policy"));
            }
        }
    }

    [Theory]
    [InlineData("/swagger/index.html")]
    [InlineData("/openapi/v1.json")]
    public async Task Documentation_NoBannerNoCookiesNotFramable(string path)
    {
        var response = await factory.Http.SendAsync(new RawRequest("GET", path));

        Assert.Equal(200, response.Status);
        Assert.Null(response.Header("Server"));
        Assert.Null(response.Header("Set-Cookie"));
        Assert.Contains("frame-ancestors 'none'", response.Header("Content-Security-Policy"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithA20KbBody_413ProblemAndTheConnectionStillServes()
    {
        var response = await factory.Http.SendAsync(new RawRequest("GET", "/v1/instruments", Body: new string('x', 20 * 1024)));

        Assert.Equal(413, response.Status);
        Assert.Equal("application/problem+json", response.MediaType);
        Assert.Equal(200, (await factory.Http.SendAsync(new RawRequest("GET", "/health/live"))).Status);
    }
}
