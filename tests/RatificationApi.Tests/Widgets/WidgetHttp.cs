using System.Net;

namespace RatificationApi.Tests.Widgets;

/// <summary>A widget or badge response: status, media type, headers and body.</summary>
public sealed record WidgetResponse(HttpStatusCode Status, string? MediaType, string? Charset, HttpResponseMessage Message, string Body)
{
    public string? Header(string name) =>
        Message.Headers.TryGetValues(name, out var values) ? string.Join(", ", values)
        : Message.Content.Headers.TryGetValues(name, out var contentValues) ? string.Join(", ", contentValues)
        : null;
}

public static class WidgetHttp
{
    public static async Task<WidgetResponse> Get(HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK, string? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        return new WidgetResponse(response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentType?.CharSet, response, body);
    }

    public static async Task<string> GetHtml(HttpClient client, string url)
    {
        var response = await Get(client, url);
        Assert.Equal("text/html", response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        return response.Body;
    }

    public static int Occurrences(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
