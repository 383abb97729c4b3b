using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>
/// The headers a generated client reads to cache and revalidate (ETag, Cache-Control, Vary, Content-Language) and the
/// change feed's Link, as the committed document declares them: every GET operation is called with the request its
/// parameter examples make (so the examples are real too), in each media type, on a first answer and on a cached one,
/// then revalidated with the ETag it got where a 304 is documented. A declared header that is not sent fails, and so
/// does one of these sent and not declared.
/// </summary>
public class ResponseHeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Checked = ["ETag", "Cache-Control", "Vary", "Content-Language", "Link"];

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Operations()
    {
        var data = new TheoryData<string, string>();
        foreach (var (path, get) in Gets())
        {
            foreach (var media in MediaTypes(get.GetProperty("responses").GetProperty("200")).DefaultIfEmpty("*/*"))
            {
                data.Add(path, media);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Get_EveryOperation_SendsExactlyTheDeclaredHeaders(string path, string mediaType)
    {
        var get = Gets().Single(g => g.Path == path).Get;
        var url = Url(path, get);
        var responses = get.GetProperty("responses");
        string? etag = null;
        for (var i = 0; i < 2; i++)
        {
            using var response = await Send(url, mediaType, ifNoneMatch: null);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} ({mediaType}), made from the document's examples: {(int)response.StatusCode}");
            AssertSameHeaders($"GET {url} ({mediaType}) 200", Declared(responses.GetProperty("200")), response);
            etag = response.Headers.ETag?.ToString();
        }

        if (responses.TryGetProperty("304", out var notModified))
        {
            Assert.True(etag is not null, $"GET {url} documents a 304 but sent no ETag");
            Assert.Contains(get.GetProperty("parameters").EnumerateArray(), p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == "If-None-Match");
            using var revalidated = await Send(url, mediaType, etag);
            Assert.True(revalidated.StatusCode == HttpStatusCode.NotModified, $"GET {url} ({mediaType}) with If-None-Match {etag}: {(int)revalidated.StatusCode}");
            AssertSameHeaders($"GET {url} ({mediaType}) 304", Declared(notModified), revalidated);
        }
    }

    [Fact]
    public void Document_IfNoneMatchExactlyWhereA304IsDocumented()
    {
        foreach (var (path, get) in Gets())
        {
            var documented = get.GetProperty("responses").TryGetProperty("304", out _);
            var declared = get.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "header" && p.GetProperty("name").GetString() == "If-None-Match");
            Assert.True(documented == declared, $"GET {path}: 304 documented {documented}, If-None-Match declared {declared}");
        }
    }

    private static void AssertSameHeaders(string where, HashSet<string> declared, HttpResponseMessage response)
    {
        foreach (var name in Checked)
        {
            var sent = response.Headers.NonValidated.Contains(name) || response.Content.Headers.NonValidated.Contains(name);
            var isDeclared = declared.Contains(name);
            Assert.True(sent == isDeclared, $"{where}: {name} {(sent ? "sent but not declared" : "declared but not sent")}");
        }
    }

    private async Task<HttpResponseMessage> Send(string url, string mediaType, string? ifNoneMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", mediaType);
        if (ifNoneMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        }

        return await _client.SendAsync(request);
    }

    private static HashSet<string> Declared(JsonElement response) =>
        response.TryGetProperty("headers", out var headers)
            ? headers.EnumerateObject().Select(h => h.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : [];

    private static IEnumerable<string> MediaTypes(JsonElement response) =>
        response.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(c => c.Name) : [];

    /// <summary>The URL a tool makes from the document: path parameters and the query parameters that have an example.</summary>
    private static string Url(string template, JsonElement get)
    {
        var url = template;
        var query = new List<string>();
        foreach (var parameter in get.TryGetProperty("parameters", out var parameters) ? parameters.EnumerateArray() : default)
        {
            var name = parameter.GetProperty("name").GetString()!;
            var where = parameter.GetProperty("in").GetString();
            var example = parameter.TryGetProperty("example", out var value) ? value.ToString() : null;
            if (where == "path")
            {
                Assert.True(example is not null, $"GET {template}: path parameter {name} has no example");
                url = url.Replace("{" + name + "}", Uri.EscapeDataString(example!), StringComparison.Ordinal);
            }
            else if (where == "query" && example is not null)
            {
                query.Add($"{name}={Uri.EscapeDataString(example)}");
            }
        }

        return query.Count == 0 ? url : $"{url}?{string.Join('&', query)}";
    }

    // Read once: a regeneration run (UPDATE_OPENAPI=1) rewrites the file while these tests run.
    private static readonly Lazy<List<(string Path, JsonElement Get)>> Document = new(Read);

    private static List<(string Path, JsonElement Get)> Gets() => Document.Value;

    private static List<(string Path, JsonElement Get)> Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(OpenApiFiles.DocumentPath));
        return [.. document.RootElement.GetProperty("paths").EnumerateObject()
            .Where(p => p.Value.TryGetProperty("get", out _))
            .Select(p => (p.Name, p.Value.GetProperty("get").Clone()))];
    }
}
