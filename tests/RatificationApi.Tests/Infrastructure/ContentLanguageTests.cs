using System.Net;
using System.Text.Json;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>
/// Every GET operation of the committed OpenAPI document, walked: an answer in a language says which
/// (Content-Language, the language actually used), on a first answer and on the cached ones after it alike; an answer
/// in no language (the change feed, downloads, health, problems) says none. An operation is localized when it takes
/// <c>lang</c>; a new operation that takes it and forgets the header fails here.
/// </summary>
public class ContentLanguageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, bool, string> Operations()
    {
        var path = Path.Combine(TestPaths.RepositoryRoot(), "openapi", "ratification-api.v1.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var data = new TheoryData<string, bool, string>();
        foreach (var item in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!item.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var localized = get.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "lang");
            var media = get.GetProperty("responses").GetProperty("200").TryGetProperty("content", out var content)
                ? content.EnumerateObject().Select(c => c.Name).ToList()
                : [];
            foreach (var type in media.DefaultIfEmpty("*/*"))
            {
                data.Add(Url(item.Name), localized, type);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Get_EveryOperation_ContentLanguageExactlyWhereLocalized(string url, bool localized, string mediaType)
    {
        // Three times each: the first answer is made, the later ones come from the representation cache.
        for (var i = 0; i < 3; i++)
        {
            using var viaQuery = await Send(localized ? Add(url, "lang=ru") : url, mediaType, acceptLanguage: "fr");
            Assert.Equal(localized ? ["ru"] : [], viaQuery.Content.Headers.ContentLanguage);

            using var viaHeader = await Send(url, mediaType, acceptLanguage: "de-CH, zh;q=0.8, ar;q=0.5");
            Assert.Equal(localized ? ["zh"] : [], viaHeader.Content.Headers.ContentLanguage);
            if (localized)
            {
                Assert.Contains("Accept-Language", viaHeader.Headers.Vary);
            }
        }
    }

    [Fact]
    public void Document_ContentLanguageDeclaredOnTheAnswersThatSendIt()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "openapi", "ratification-api.v1.json")));
        foreach (var item in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            if (!item.Value.TryGetProperty("get", out var get))
            {
                continue;
            }

            var localized = get.TryGetProperty("parameters", out var parameters)
                && parameters.EnumerateArray().Any(p => p.GetProperty("name").GetString() == "lang");
            var declared = get.GetProperty("responses").GetProperty("200").TryGetProperty("headers", out var headers)
                && headers.TryGetProperty("Content-Language", out _);
            Assert.True(localized == declared, $"GET {item.Name}: takes lang {localized}, declares Content-Language {declared}");
        }
    }

    [Theory]
    [InlineData("/v1/instruments/nope?lang=fr")]
    [InlineData("/v1/states/XXX?lang=ar")]
    [InlineData("/widgets/states/XXX?lang=zh")]
    [InlineData("/badges/nope/FRA.svg?lang=es")]
    [InlineData("/embed?state=XXX&lang=ru")]
    [InlineData("/v1/instruments?lang=it")]
    public async Task Get_Problem_NoContentLanguage_ProblemsAreInEnglishOnly(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(response.Content.Headers.ContentLanguage);
    }

    [Theory]
    [InlineData("fr-CH, fr;q=0.9, en;q=0.8", "fr")]
    [InlineData("de, ru;q=0.5, en;q=0.4", "ru")]
    [InlineData("ar;q=0.7, en;q=0.9", "en")]
    [InlineData("en;q=0.1, zh-Hans-CN", "zh")]
    [InlineData("ar;q=0, es;q=0.2", "es")]
    [InlineData("de, it", "en")]
    public async Task Get_AcceptLanguage_QualitiesHonouredFallbackEnglish(string acceptLanguage, string expected)
    {
        using var response = await Send("/v1/instruments/cedaw", "application/json", acceptLanguage);

        Assert.Equal([expected], response.Content.Headers.ContentLanguage);
    }

    private async Task<HttpResponseMessage> Send(string url, string mediaType, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.TryAddWithoutValidation("Accept", mediaType);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        var response = await _client.SendAsync(request);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} ({mediaType}): {(int)response.StatusCode}");
        return response;
    }

    private static string Url(string template) =>
        template.StartsWith("/v1/resolutions/", StringComparison.Ordinal) || template.StartsWith("/widgets/resolutions/", StringComparison.Ordinal)
            ? template.Replace("{id}", "A-RES-63-194", StringComparison.Ordinal)
            : template.Replace("{id}", "cedaw", StringComparison.Ordinal)
                .Replace("{instrument}", "trafficking-protocol", StringComparison.Ordinal)
                .Replace("{code}", "FRA", StringComparison.Ordinal);

    private static string Add(string url, string parameter) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + parameter;
}
