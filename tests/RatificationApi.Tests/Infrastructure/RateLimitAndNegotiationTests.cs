using System.Net;
using System.Net.Http.Headers;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Infrastructure;

public class RateLimitTests(RateLimitedApiFactory factory) : IClassFixture<RateLimitedApiFactory>
{
    [Fact]
    public async Task OverTheLimit_429WithRetryAfterAndAProblem()
    {
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var ok = await client.GetAsync(new Uri("/v1/instruments/cedaw", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using var response = await client.GetAsync(new Uri("/v1/instruments/cedaw", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var seconds = int.Parse(response.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(seconds, 1, 30);
        Assert.Contains("Retry after", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public class NegotiationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<HttpResponseMessage> Get(string url, string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        return await _client.SendAsync(request);
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw", "application/xml")]
    [InlineData("/v1/instruments/cedaw", "text/csv")]
    [InlineData("/v1/status", "image/png")]
    [InlineData("/v1/instruments/cedaw/timeline.svg", "application/json")]
    public async Task UnsupportedAccept_406Problem(string url, string accept)
    {
        using var response = await Get(url, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Accept header admits none", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw", "application/json", "application/json")]
    [InlineData("/v1/instruments/cedaw", "*/*", "application/json")]
    [InlineData("/v1/instruments/cedaw", "application/*;q=0.5, text/html", "application/json")]
    [InlineData("/v1/status", "text/csv", "text/csv")]
    [InlineData("/v1/status", "text/*", "application/json")]
    [InlineData("/v1/instruments/cedaw/timeline.svg", "image/*", "image/svg+xml")]
    public async Task AcceptableAccept_Served(string url, string accept, string mediaType)
    {
        using var response = await Get(url, accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task NotFound_StillAProblemWhateverTheAccept()
    {
        var problem = await GetProblem(_client, "/v1/nothing-here", HttpStatusCode.NotFound, "404");

        Assert.Equal(404, problem.GetProperty("status").GetInt32());
    }
}
