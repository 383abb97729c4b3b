using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.Caching;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>HTTP caching: strong ETags, 304s, compression, Vary, and a cache that never serves an answer out of date.</summary>
public class CachingTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/v1/states/FRA")]
    [InlineData("/v1/instruments/cedaw/gaps?lang=fr")]
    [InlineData("/v1/status?format=csv")]
    [InlineData("/v1/instruments/opsc/timeline.svg")]
    [InlineData("/openapi/v1.json")]
    public async Task Get_SuccessfulAnswer_StrongETagAndPublicCacheControl(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var etag = response.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.Matches("^\"[A-Za-z0-9_-]{20}\"$", etag.Tag);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.InRange(response.Headers.CacheControl!.MaxAge!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(5));
    }

    [Theory]
    [InlineData("/v1/downloads", true)]
    [InlineData("/v1/states/FRA", true)]
    [InlineData("/v1/downloads/ratification.sqlite", false)]
    [InlineData("/V1/Downloads/ratification.sqlite", false)]
    [InlineData("/health/ready", false)]
    public void CacheKeys_DownloadableFilesStreamedPastTheCache_TheirListCached(string path, bool cached)
    {
        Assert.Equal(cached, CacheKeys.Applies(new Microsoft.AspNetCore.Http.PathString(path)));
    }

    [Fact]
    public async Task Get_SameUrlTwice_SameBodyAndETag()
    {
        var (first, firstTag) = await Get("/v1/states/BRA?lang=es");
        var (second, secondTag) = await Get("/v1/states/BRA?lang=es");

        Assert.Equal(first, second);
        Assert.Equal(firstTag, secondTag);
    }

    [Fact]
    public async Task Get_IfNoneMatchCurrentETag_304WithoutBody()
    {
        var (_, etag) = await Get("/v1/instruments/untoc");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments/untoc");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(etag));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag!.ToString());
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_IfNoneMatchAmongSeveralOrWeak_304()
    {
        var (_, etag) = await Get("/v1/states/KEN");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/states/KEN");
        request.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", W/{etag}");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
    }

    [Fact]
    public async Task Get_IfNoneMatchStaleETag_200WithBody()
    {
        var (body, etag) = await Get("/v1/states/JPN");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/states/JPN");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"an-old-version-of-the-answer\""));
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, response.Headers.ETag!.ToString());
    }

    [Fact]
    public async Task Get_DifferentLanguages_DifferentETags()
    {
        var (_, english) = await Get("/v1/states/DEU");
        var (_, french) = await Get("/v1/states/DEU?lang=fr");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/states/DEU");
        request.Headers.AcceptLanguage.ParseAdd("fr-FR");
        using var negotiated = await _client.SendAsync(request);

        Assert.NotEqual(english, french);
        Assert.Equal(french, negotiated.Headers.ETag!.ToString());
        Assert.Equal(["fr"], negotiated.Content.Headers.ContentLanguage);
    }

    [Fact]
    public async Task Get_Matrix_VaryAcceptEncodingAcceptLanguageAccept()
    {
        using var response = await _client.GetAsync(new Uri("/v1/status", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.Contains("Accept-Language", response.Headers.Vary);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("*", "br")]
    public async Task Get_AcceptEncoding_CompressedBodyDecompressesToTheSameBytes(string acceptEncoding, string expected)
    {
        var (identity, identityTag) = await Get("/v1/status?lang=ru");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/status?lang=ru");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await _client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal([expected], response.Content.Headers.ContentEncoding);
        Assert.Equal(compressed.Length, response.Content.Headers.ContentLength);
        Assert.True(compressed.Length < identity.Length / 4, $"{expected}: {compressed.Length} of {identity.Length} bytes");
        Assert.Equal(identity, Decompress(compressed, expected));
        var etag = response.Headers.ETag!;
        Assert.False(etag.IsWeak);
        Assert.NotEqual(identityTag, etag.ToString());
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Get_CompressedETagInIfNoneMatch_304ForThatEncodingOnly()
    {
        using var first = new HttpRequestMessage(HttpMethod.Get, "/v1/status?lang=zh");
        first.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        using var gzipped = await _client.SendAsync(first);
        var etag = gzipped.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/v1/status?lang=zh");
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "gzip");
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await _client.SendAsync(again);
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/v1/status?lang=zh");
        plain.Headers.IfNoneMatch.Add(etag);
        using var identity = await _client.SendAsync(plain);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.OK, identity.StatusCode);
        Assert.Empty(identity.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task Get_SmallAnswer_NotCompressed()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/states/FRA/gaps");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.DoesNotContain("Accept-Encoding", response.Headers.Vary);
    }

    [Fact]
    public async Task Head_CachedAnswer_SameHeadersNoBody()
    {
        var (body, etag) = await Get("/v1/instruments/cedaw");

        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/instruments/cedaw"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Head_NotYetCached_AnsweredAsItsGet()
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/v1/states/NZL?asOf=2000-02-29"));
        var (body, etag) = await Get("/v1/states/NZL?asOf=2000-02-29");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(etag, response.Headers.ETag!.ToString());
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
    }

    [Theory]
    [InlineData("/v1/states/XYZ", HttpStatusCode.NotFound)]
    [InlineData("/v1/states/FRA?lang=de", HttpStatusCode.BadRequest)]
    public async Task Get_Problem_NoETagAndNotCached(string url, HttpStatusCode status)
    {
        using var first = await _client.GetAsync(new Uri(url, UriKind.Relative));
        using var second = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(status, first.StatusCode);
        Assert.Equal(status, second.StatusCode);
        Assert.Null(second.Headers.ETag);
        Assert.Equal("application/problem+json", second.Content.Headers.ContentType!.MediaType);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_EncodedQuestionMarkInPath_NotTheAnswerToTheQuery()
    {
        var (_, _) = await Get("/v1/states/FRA?asOf=2000-01-01");

        using var response = await _client.GetAsync(new Uri("/v1/states/FRA%3FasOf=2000-01-01", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_NeverStored(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.True(response.Headers.CacheControl?.NoStore);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task TwoInstances_SameData_IdenticalETagsAndBodies()
    {
        await using var other = new ApiFactory();
        using var otherClient = other.CreateClient();
        string[] urls = ["/v1/states/FRA", "/v1/instruments/XVIII-12-a?lang=ar", "/v1/status?format=csv", "/v1/instruments/cedaw/timeline.svg", "/v1/actions?limit=3"];

        foreach (var url in urls)
        {
            foreach (var encoding in new[] { "", "br", "gzip" })
            {
                var (body, etag) = await Get(url, encoding);
                var (otherBody, otherEtag) = await Get(otherClient, url, encoding);
                Assert.Equal(etag, otherEtag);
                Assert.Equal(body, otherBody);
            }
        }
    }

    [Fact]
    public async Task NewDay_TodaysAnswersComputedAgain()
    {
        var today = factory.Now.UtcDateTime.Date;
        var clock = new SettableTime(new DateTimeOffset(today.AddHours(23).AddMinutes(59), TimeSpan.Zero));
        await using var custom = new ClockApiFactory(clock);
        using var client = custom.CreateClient();
        var (before, _) = await Get(client, "/v1/instruments/cedaw");

        using (var lateResponse = await client.GetAsync(new Uri("/v1/instruments/cedaw", UriKind.Relative)))
        {
            // One minute before midnight: no client may keep today's answer into tomorrow.
            Assert.Equal(TimeSpan.FromSeconds(60), lateResponse.Headers.CacheControl!.MaxAge);
        }

        clock.Now = clock.Now.AddMinutes(2);
        var (after, _) = await Get(client, "/v1/instruments/cedaw");

        Assert.Contains($"\"asOf\":\"{today:yyyy-MM-dd}\"", System.Text.Encoding.UTF8.GetString(before), StringComparison.Ordinal);
        Assert.Contains($"\"asOf\":\"{today.AddDays(1):yyyy-MM-dd}\"", System.Text.Encoding.UTF8.GetString(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cache_ManyDistinctAnswers_StaysWithinItsSizeLimit()
    {
        await using var small = new SmallCacheApiFactory();
        using var client = small.CreateClient();
        var cache = small.Services.GetRequiredService<RepresentationCache>();

        var start = new DateOnly(1990, 1, 1);
        for (var day = 0; day < 600; day++)
        {
            // Twice each: an answer asked for once is not kept at all.
            var url = $"/v1/instruments/untoc?asOf={start.AddDays(day * 7):yyyy-MM-dd}";
            var (body, _) = await Get(client, url);
            var (again, _) = await Get(client, url);
            Assert.Equal(body, again);
        }

        // 1 MiB holds fewer than 600 answers of about 2.5 KB each (plus room for their compressed copies).
        Assert.InRange(cache.Count, 1, 450);
    }

    [Fact]
    public async Task Cache_Full_KeepsTheLargeAnswersThatCostMostToMakeAgain()
    {
        await using var small = new SmallCacheApiFactory();
        using var client = small.CreateClient();
        var cache = small.Services.GetRequiredService<RepresentationCache>();
        const string map = "/v1/instruments/cedaw/map.svg?lang=fr";
        await Get(client, map);

        // The map is now the least recently used entry; a flood of small answers asked for twice each overfills the cache.
        var start = new DateOnly(1990, 1, 1);
        for (var day = 0; day < 600; day++)
        {
            var url = $"/v1/instruments/untoc?asOf={start.AddDays(day * 7):yyyy-MM-dd}";
            await Get(client, url);
            await Get(client, url);
        }

        Assert.InRange(cache.Count, 1, 450); // small answers were evicted
        var before = cache.Computations;
        await Get(client, map);
        Assert.Equal(before, cache.Computations);
    }

    [Fact]
    public async Task Cache_AnswerAskedForOnce_ServedWithItsETagButKeptOnlyWhenAskedAgain()
    {
        var cache = factory.Services.GetRequiredService<RepresentationCache>();
        const string url = "/v1/instruments/opsc?asOf=2011-03-09&lang=es";

        var before = cache.Count;
        var (first, firstTag) = await Get(url);
        var afterOne = cache.Count;
        var (second, secondTag) = await Get(url);
        var afterTwo = cache.Count;

        Assert.Equal(before, afterOne);
        Assert.Equal(before + 1, afterTwo);
        Assert.Equal(first, second);
        Assert.Equal(firstTag, secondTag);
    }

    [Fact]
    public async Task Cache_ManyAskAtOnceForAnAnswerNotYetMade_ComputedOnceAndTheSameForAll()
    {
        var cache = factory.Services.GetRequiredService<RepresentationCache>();
        const string url = "/v1/status?asOf=1999-09-09&lang=ru";

        var before = cache.Computations;
        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(_ => Get(url)));
        var computed = cache.Computations - before;

        Assert.Equal(1, computed);
        Assert.Single(answers.Select(a => a.ETag).Distinct());
        Assert.All(answers, a => Assert.Equal(answers[0].Body, a.Body));
    }

    [Fact]
    public async Task Cache_FirstAnswerUncompressed_ItsETagStill304OnceTheAnswerIsKeptCompressed()
    {
        const string url = "/widgets/states/PER?lang=es";
        using var first = new HttpRequestMessage(HttpMethod.Get, url);
        first.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var uncompressed = await _client.SendAsync(first);
        var tag = uncompressed.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        again.Headers.IfNoneMatch.Add(tag);
        using var revalidated = await _client.SendAsync(again);
        using var fresh = new HttpRequestMessage(HttpMethod.Get, url);
        fresh.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var compressed = await _client.SendAsync(fresh);

        Assert.Empty(uncompressed.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(tag, revalidated.Headers.ETag);
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.NotEqual(tag, compressed.Headers.ETag);
    }

    [Fact]
    public async Task Cache_ManyAskAtOnceForAProblem_EachGetsItsProblem()
    {
        var answers = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => _client.GetAsync(new Uri("/v1/status?asOf=1999-02-30", UriKind.Relative))));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.BadRequest, a.StatusCode));
        Assert.All(answers, a => Assert.Equal("application/problem+json", a.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task Cache_AnswerAskedForOnce_SentUncompressedWithTheIdentityETag()
    {
        const string url = "/v1/instruments/cedaw?asOf=2001-07-04&lang=ar";
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", "br, gzip");
        using var once = await _client.SendAsync(request);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.TryAddWithoutValidation("Accept-Encoding", "br");
        using var kept = await _client.SendAsync(again);
        var (identity, identityTag) = await Get(url);

        Assert.Empty(once.Content.Headers.ContentEncoding);
        Assert.Equal(identityTag, once.Headers.ETag!.ToString());
        Assert.Equal(identity, await once.Content.ReadAsByteArrayAsync());
        Assert.Contains("Accept-Encoding", once.Headers.Vary);
        Assert.Equal(["br"], kept.Content.Headers.ContentEncoding);
        Assert.NotEqual(identityTag, kept.Headers.ETag!.ToString());
    }

    [Theory]
    [InlineData("", ContentCoding.Identity)]
    [InlineData("identity", ContentCoding.Identity)]
    [InlineData("gzip", ContentCoding.Gzip)]
    [InlineData("GZIP;q=0.8, br;q=0.9", ContentCoding.Brotli)]
    [InlineData("br;q=0, gzip", ContentCoding.Gzip)]
    [InlineData("br;q=0, gzip;q=0", ContentCoding.Identity)]
    [InlineData("*;q=0.1", ContentCoding.Brotli)]
    [InlineData("deflate", ContentCoding.Identity)]
    public void ChooseCoding_AcceptEncoding_BestAccepted(string header, ContentCoding expected) =>
        Assert.Equal(expected, ContentCodings.Choose(header.Length == 0 ? StringValues.Empty : new StringValues(header)));

    [Theory]
    [InlineData("\"abc\"", true)]
    [InlineData("W/\"abc\"", true)]
    [InlineData("\"x\", \"abc\"", true)]
    [InlineData("*", true)]
    [InlineData("\"abcd\"", false)]
    [InlineData("abc", false)]
    public void IfNoneMatch_Header_WeakComparison(string header, bool matches) =>
        Assert.Equal(matches, ConditionalRequests.IfNoneMatch(new StringValues(header), "\"abc\""));

    private Task<(byte[] Body, string ETag)> Get(string url, string acceptEncoding = "") => Get(_client, url, acceptEncoding);

    private static async Task<(byte[] Body, string ETag)> Get(HttpClient client, string url, string acceptEncoding = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (acceptEncoding.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsByteArrayAsync(), response.Headers.ETag!.ToString());
    }

    private static byte[] Decompress(byte[] compressed, string encoding)
    {
        using var input = new MemoryStream(compressed);
        using Stream decoder = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    private sealed class SettableTime(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class ClockApiFactory(TimeProvider clock) : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton(clock));
        }
    }

    private sealed class SmallCacheApiFactory : ApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cache:SizeLimitBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
