using System.Net;
using System.Text.Json;

namespace RatificationApi.Tests.Infrastructure;

public static class HttpAssert
{
    /// <summary>GETs <paramref name="url"/>, asserts the status, and returns the body as JSON.</summary>
    public static async Task<JsonElement> GetJson(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        Assert.Equal((int)expected >= 400 ? "application/problem+json" : "application/json", mediaType);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Asserts a problem body: status, a title, and a detail naming what is wrong, with no internals.</summary>
    public static async Task<JsonElement> GetProblem(HttpClient client, string url, HttpStatusCode expected, string mentions)
    {
        var problem = await GetJson(client, url, expected);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        var text = problem.ToString();
        Assert.Contains(mentions, text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
        return problem;
    }

    public static string[] Codes(JsonElement items, string property) =>
        [.. items.EnumerateArray().Select(i => i.GetProperty(property).GetString()!)];
}
