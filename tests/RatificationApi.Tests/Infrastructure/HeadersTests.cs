using System.Net;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Infrastructure;

public class HeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/v1/instruments")]
    [InlineData("/v1/states/XYZ")]
    [InlineData("/health/live")]
    public async Task AnyResponse_StrictSecurityHeadersNoServerBannerNoCookies(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task Get_FromAnotherOrigin_CorsAllowsAnyOrigin()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments/cedaw");
        request.Headers.Add("Origin", "https://ngo.example");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
    }

    [Fact]
    public async Task Preflight_FromAnotherOrigin_GetAllowed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/v1/instruments/cedaw");
        request.Headers.Add("Origin", "https://ngo.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("GET", response.Headers.GetValues("Access-Control-Allow-Methods").Single(), StringComparison.Ordinal);
    }
}
