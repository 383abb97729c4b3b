using System.Net;
using System.Text;
using System.Text.Json;
using RatificationApi.Infrastructure;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Reliability;

/// <summary>The fixes the bad-input catalogue called for, each on its own.</summary>
public class InfrastructureFixTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Head_State_200WithGetsHeadersAndNoBody()
    {
        using var get = await _client.GetAsync(new Uri("/v1/states/FRA", UriKind.Relative));
        using var head = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/states/FRA"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
    }

    [Fact]
    public async Task Options_KnownResource_204WithAllow()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Options, "/v1/instruments/cedaw/gaps"));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow);
    }

    [Theory]
    [InlineData("POST", "/v1/states/FRA")]
    [InlineData("DELETE", "/openapi/v1.json")]
    [InlineData("PUT", "/swagger/index.html")]
    public async Task OtherMethod_405ProblemNamingItWithAllow(string method, string url)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD", "OPTIONS"], response.Content.Headers.Allow);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"{method} is not allowed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithContent_413Problem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments") { Content = new StringContent("{}", Encoding.UTF8, "application/json") };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("carries no content", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WithEmptyContent_Served()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments") { Content = new ByteArrayContent([]) };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/v1/states/FRA?lang=en&lang=fr", "lang")]
    [InlineData("/v1/states/FRA?lang=en&Lang=en", "lang")]
    [InlineData("/widgets/states/FRA?instruments=cedaw&instruments=untoc", "instruments")]
    [InlineData("/v1/actions?limit=5&cursor=x&limit=6", "limit")]
    public async Task RepeatedParameter_400NamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}' was given 2 times");

        Assert.Equal($"Repeated parameter: {parameter}", problem.GetProperty("title").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task RepeatedUnknownParameter_Ignored()
    {
        await GetJson(_client, "/v1/instruments/cedaw?utm_source=a&utm_source=b");
    }

    [Fact]
    public async Task Problem_ReflectingMarkup_EscapedButReadable()
    {
        using var response = await _client.GetAsync(new Uri("/v1/states?lang=%3Cscript%3E%D8%B9'", UriKind.Relative));
        var raw = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("<script>", raw, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003Eع'", raw, StringComparison.Ordinal);
        Assert.Contains("got '<script>ع''", JsonDocument.Parse(raw).RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"a\":\"<b>&</b>\"}", "{\"a\":\"\\u003Cb\\u003E\\u0026\\u003C/b\\u003E\"}")]
    [InlineData("{\"a\":\"plain\"}", "{\"a\":\"plain\"}")]
    [InlineData("{\"a\":\"中文 < 1\"}", "{\"a\":\"中文 \\u003C 1\"}")]
    public void EscapeMarkup_SameJsonNoMarkup(string json, string expected)
    {
        var escaped = Encoding.UTF8.GetString(ProblemJsonWriter.EscapeMarkup(Encoding.UTF8.GetBytes(json)));

        Assert.Equal(expected, escaped);
        Assert.Equal(JsonDocument.Parse(json).RootElement.GetProperty("a").GetString(), JsonDocument.Parse(escaped).RootElement.GetProperty("a").GetString());
    }
}
