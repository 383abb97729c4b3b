using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;

namespace RatificationApi.Infrastructure;

/// <summary>How much the representation cache may hold and how long clients may keep an answer (configuration section <c>Cache</c>).</summary>
public sealed class RepresentationCacheOptions
{
    public const string Section = "Cache";

    /// <summary>
    /// The most the cached answers may take together, compressed copies included (an estimate, in bytes). Today's
    /// answers to every State and instrument in six languages, the matrix and the lists take about 12 MB; the rest
    /// holds the most recently used answers for other dates.
    /// </summary>
    [Range(1024 * 1024, long.MaxValue)]
    public long SizeLimitBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>The <c>max-age</c> clients and CDNs get; never past the next midnight UTC, when "today" changes.</summary>
    [Range(0, 86400)]
    public int MaxAgeSeconds { get; set; } = 300;

    /// <summary>Bodies from this size on are also kept Brotli- and gzip-compressed, each made once when first asked for.</summary>
    [Range(0, int.MaxValue)]
    public int CompressionThresholdBytes { get; set; } = 1024;

    /// <summary>Answers from this size on are kept the first time; smaller ones only when asked for a second time.</summary>
    [Range(0, int.MaxValue)]
    public int AlwaysKeepFromBytes { get; set; } = 32 * 1024;
}

/// <summary>
/// Every answer of the API is a function of the request (path, query, the negotiated language and format), the data
/// and today's date. So each successful GET is computed once, kept as bytes with a strong ETag, and served from
/// memory after that: with <c>304 Not Modified</c> when <c>If-None-Match</c> names the ETag, compressed with Brotli
/// or gzip when the client accepts it. The data never changes under a running service (a data change ships as a new
/// build), so a new day starts an empty cache. The size is bounded, so arbitrary <c>asOf</c> dates and cursors cannot
/// exhaust memory: the least recently used answers go first.
/// </summary>
public sealed class RepresentationCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly TimeProvider _time;
    private readonly RepresentationCacheOptions _options;
    private readonly Lock _gate = new();
    private readonly Doorkeeper _doorkeeper = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task<CachedRepresentation?>> _inFlight = new(StringComparer.Ordinal);
    private long _computations;
    private volatile Generation? _generation;
    private volatile CacheControlValue? _cacheControl;

    public RepresentationCache(TimeProvider time, IOptions<RepresentationCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimitBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>The entries held now (for tests and diagnostics).</summary>
    public long Count => _entries.Count;

    /// <summary>How many answers the pipeline behind the cache has computed (for tests and diagnostics).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>
    /// Registers a computation of <paramref name="key"/>, unless one is already running: then gives that one, for the
    /// request to wait for instead of computing the same answer again (after midnight, every client asks
    /// at once for answers not yet made, and the matrix costs tens of milliseconds each time).
    /// </summary>
    internal bool TryBegin(string key, Task<CachedRepresentation?> computation, out Task<CachedRepresentation?> running)
    {
        running = _inFlight.GetOrAdd(key, computation);
        if (!ReferenceEquals(running, computation))
        {
            return false;
        }

        CountComputation();
        return true;
    }

    /// <summary>Ends the computation <see cref="TryBegin"/> registered.</summary>
    internal void End(string key, Task<CachedRepresentation?> computation) =>
        _inFlight.TryRemove(new KeyValuePair<string, Task<CachedRepresentation?>>(key, computation));

    /// <summary>Counts one computation of an answer by the pipeline behind the cache.</summary>
    internal void CountComputation() => Interlocked.Increment(ref _computations);

    /// <summary>Paths whose answers must always be fresh (health) or that serve their own files (Swagger UI).</summary>
    internal static bool Applies(PathString path) =>
        !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) && !path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);

    /// <summary>The day now served; a new one clears the cache.</summary>
    internal Generation Current()
    {
        var now = _time.GetUtcNow().UtcTicks;
        var generation = _generation;
        if (generation is not null && now < generation.EndsAtTicks && now >= generation.StartsAtTicks)
        {
            return generation;
        }

        var today = Dates.Today(_time);
        lock (_gate)
        {
            generation = _generation;
            if (generation is null || generation.Today != today)
            {
                // Keys carry the day too, so an answer computed yesterday that is stored after this Clear() can never
                // be served; Clear() only gives the memory back sooner.
                var start = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
                generation = new Generation(today, $"{Dates.Iso(today)}|", start.Ticks, start.AddDays(1).Ticks);
                _generation = generation;
                _entries.Clear();
            }

            return generation;
        }
    }

    /// <summary>
    /// The key of a request: everything its answer depends on. The query is the raw query string: reordering
    /// parameters would not be safe, since the change feed's <c>next</c> link repeats them in the order given.
    /// Headers enter only as the choice they lead to (a language of six, CSV or not), so that the many ways of
    /// writing Accept-Language do not make many copies of one answer.
    /// </summary>
    internal static string Key(Generation generation, HttpRequest request)
    {
        // The path is decoded (a %3F in it is a '?'), so its length goes first: /a%3Fb and /a?b are different keys.
        var path = string.Concat(request.PathBase.Value, request.Path.Value);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{generation.KeyPrefix}{path.Length}:{path}{request.QueryString.Value}|{LanguageNegotiation.FromAcceptLanguage(request)}{(ResponseFormat.AcceptPrefersCsv(request) ? "|csv" : string.Empty)}");
    }

    internal bool TryGet(string key, out CachedRepresentation? representation) => _entries.TryGetValue(key, out representation);

    /// <summary>
    /// Makes a 200 answer a representation with its ETag (null when the answer says it must not be kept), and keeps it
    /// when it is worth keeping: when its key was asked for before, or when it is large (the costliest to compute).
    /// An answer asked for once (most arbitrary <c>asOf</c> dates, cursors) is served without being kept, so that a
    /// stream of one-off requests neither evicts the answers asked for again and again nor makes the garbage
    /// collector promote and sweep short-lived entries.
    /// </summary>
    internal CachedRepresentation? Represent(string key, HttpResponse response, byte[] body)
    {
        var headers = response.Headers;
        if (response.StatusCode != StatusCodes.Status200OK || headers.ContainsKey("Set-Cookie") || headers.CacheControl.Count > 0)
        {
            return null;
        }

        var keep = body.Length >= _options.AlwaysKeepFromBytes || _doorkeeper.SeenBefore(key);
        var representation = CachedRepresentation.Create(headers, body, _options.CompressionThresholdBytes, keep);
        if (keep)
        {
            _entries.Set(key, representation, new MemoryCacheEntryOptions { Size = representation.EstimatedSize + (key.Length * 2) });
        }

        return representation;
    }

    /// <summary><c>public, max-age=…</c>, never reaching past the next midnight UTC, when today's answers change.</summary>
    internal string CacheControl()
    {
        var now = _time.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        var cached = _cacheControl;
        if (cached is not null && cached.Second == second)
        {
            return cached.Value;
        }

        var untilMidnight = (long)(now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime).TotalSeconds;
        var value = $"public, max-age={Math.Min(_options.MaxAgeSeconds, untilMidnight).ToString(CultureInfo.InvariantCulture)}";
        _cacheControl = new CacheControlValue(second, value);
        return value;
    }

    public void Dispose() => _entries.Dispose();

    /// <summary>
    /// Remembers, approximately, which keys were asked for: a fixed table of key hashes (64 Ki slots, 256 KB), where a
    /// key overwrites whatever shared its slot. A collision can only make an answer be kept one request sooner or
    /// later; nothing is ever served from here. Races between threads lose a write at worst, with the same effect.
    /// </summary>
    private sealed class Doorkeeper
    {
        private const int Slots = 1 << 16;
        private readonly int[] _hashes = new int[Slots];

        public bool SeenBefore(string key)
        {
            var hash = StringComparer.Ordinal.GetHashCode(key) | 1;
            ref var slot = ref _hashes[hash & (Slots - 1)];
            if (Volatile.Read(ref slot) == hash)
            {
                return true;
            }

            Volatile.Write(ref slot, hash);
            return false;
        }
    }

    internal sealed record Generation(DateOnly Today, string KeyPrefix, long StartsAtTicks, long EndsAtTicks);

    private sealed record CacheControlValue(long Second, string Value);
}

/// <summary>The encodings a cached answer can be sent in.</summary>
public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

/// <summary>
/// One cached answer: the headers the endpoint set, its body, and a strong ETag: a digest of the headers and body,
/// so the same on every replica that serves the same data (nothing in it depends on the process or the clock).
/// Compressed copies are made the first time a client accepts them, and carry the ETag with a suffix.
/// </summary>
internal sealed class CachedRepresentation
{
    // Headers that are not part of the representation (the server and other middleware add them on every response),
    // or that the cache sets itself.
    private static readonly HashSet<string> NotKept = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Date", "Server", "Transfer-Encoding", "ETag", "Cache-Control", "Vary", "Content-Encoding",
    };

    private readonly Lazy<Variant> _brotli;
    private readonly Lazy<Variant> _gzip;

    private CachedRepresentation(KeyValuePair<string, StringValues>[] headers, StringValues vary, Variant identity, bool compressible, bool kept)
    {
        Kept = kept;
        Headers = headers;
        Vary = vary;
        Identity = identity;
        Compressible = compressible;
        ContentType = HeaderValue(headers, "Content-Type") ?? string.Empty;
        ContentSecurityPolicy = HeaderValue(headers, "Content-Security-Policy");
        // One compression per answer and encoding, even when many requests ask for it at once.
        _brotli = new Lazy<Variant>(() => Compress(ContentCoding.Brotli));
        _gzip = new Lazy<Variant>(() => Compress(ContentCoding.Gzip));
    }

    public KeyValuePair<string, StringValues>[] Headers { get; }

    /// <summary>The representation's media type, so that a hit is served only to a request whose Accept admits it.</summary>
    public string ContentType { get; }

    /// <summary>The answer's own Content-Security-Policy, if it set one (the widgets and badges do).</summary>
    public string? ContentSecurityPolicy { get; }

    /// <summary>What the endpoint varies on, plus Accept-Encoding where a compressed copy may be sent.</summary>
    public StringValues Vary { get; }

    public Variant Identity { get; }

    public bool Compressible { get; }

    /// <summary>
    /// Whether the cache keeps it. One that is not is sent as it is: compressing it would cost more than sending it,
    /// and a second request, which keeps it, gets the compressed copy.
    /// </summary>
    public bool Kept { get; }

    /// <summary>The body and, for a compressible one, room for both compressed copies (JSON compresses far below half).</summary>
    public long EstimatedSize => 512 + Identity.Body.Length + (Compressible ? Identity.Body.Length / 2 : 0);

    public static CachedRepresentation Create(IHeaderDictionary responseHeaders, byte[] body, int compressionThreshold, bool kept = true)
    {
        var headers = new List<KeyValuePair<string, StringValues>>(responseHeaders.Count);
        foreach (var header in responseHeaders)
        {
            if (!NotKept.Contains(header.Key))
            {
                headers.Add(header);
            }
        }

        headers.Sort((a, b) => StringComparer.OrdinalIgnoreCase.Compare(a.Key, b.Key));
        var contentType = responseHeaders.ContentType.ToString();
        var compressible = body.Length >= compressionThreshold
            && (contentType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                || contentType.Contains("json", StringComparison.OrdinalIgnoreCase)
                || contentType.Contains("xml", StringComparison.OrdinalIgnoreCase));
        var vary = compressible ? StringValues.Concat(responseHeaders.Vary, "Accept-Encoding") : responseHeaders.Vary;

        // The digest of the body, then of the headers with it: two one-shot hashes into the stack.
        Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
        Span<char> hex = stackalloc char[SHA256.HashSizeInBytes * 2];
        SHA256.HashData(body, digest);
        Convert.TryToHexString(digest, hex, out _);
        var metadata = new StringBuilder(512);
        foreach (var (name, values) in headers)
        {
            metadata.Append(name).Append(": ").Append(values.ToString()).Append('\n');
        }

        metadata.Append("Vary: ").Append(vary.ToString()).Append('\n').Append(hex);
        SHA256.HashData(Encoding.UTF8.GetBytes(metadata.ToString()), digest);
        var tag = System.Buffers.Text.Base64Url.EncodeToString(digest[..15]);
        return new CachedRepresentation([.. headers], vary, new Variant(body, $"\"{tag}\"", null), compressible, kept);
    }

    /// <summary>The ETag of the copy in <paramref name="coding"/>, without making that copy.</summary>
    public string TagOf(ContentCoding coding) => !Compressible || coding == ContentCoding.Identity
        ? Identity.ETag
        : $"{Identity.ETag[..^1]}-{(coding == ContentCoding.Brotli ? "br" : "gzip")}\"";

    /// <summary>The copy to send for this Accept-Encoding: Brotli or gzip where accepted and worth it, else the body as is.</summary>
    public Variant Select(ContentCoding coding) => !Compressible || !Kept ? Identity : coding switch
    {
        ContentCoding.Brotli => _brotli.Value,
        ContentCoding.Gzip => _gzip.Value,
        _ => Identity,
    };

    private Variant Compress(ContentCoding coding)
    {
        var body = Identity.Body;
        if (coding == ContentCoding.Brotli)
        {
            var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
            // Quality 9 of 11: close to the smallest output at a fraction of the time, paid once per cached answer.
            if (!BrotliEncoder.TryCompress(body, output, out var written, quality: 9, window: 22))
            {
                throw new InvalidOperationException("Brotli compression failed.");
            }

            return new Variant(output[..written], TagOf(ContentCoding.Brotli), "br");
        }

        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return new Variant(stream.ToArray(), TagOf(ContentCoding.Gzip), "gzip");
    }

    private static string? HeaderValue(KeyValuePair<string, StringValues>[] headers, string name)
    {
        foreach (var (key, value) in headers)
        {
            if (key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                return value.ToString();
            }
        }

        return null;
    }

    /// <summary>One encoding of the body, with its own strong ETag (RFC 9110: different bytes, different tag).</summary>
    internal sealed record Variant(byte[] Body, string ETag, string? ContentEncoding);
}

/// <summary>Serves GET and HEAD from the <see cref="RepresentationCache"/>, filling it on a miss.</summary>
public sealed class RepresentationCacheMiddleware(RequestDelegate next, RepresentationCache cache)
{
    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        var method = request.Method;
        var head = HttpMethods.IsHead(method);

        // A GET that carries content is refused further on (413); the cache must not answer it first.
        var hasContent = request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0;
        if (!(head || HttpMethods.IsGet(method)) || hasContent)
        {
            await next(context);
            return;
        }

        if (!RepresentationCache.Applies(request.Path))
        {
            // Health answers describe this instant of this process: no client or CDN may keep them.
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
            return;
        }

        var generation = cache.Current();
        var key = RepresentationCache.Key(generation, request);
        // A hit the Accept header does not admit goes down the pipeline, where the Accept check answers 406.
        if (cache.TryGet(key, out var cached) && ContentNegotiation.AcceptAdmits(request, cached!.ContentType))
        {
            await Serve(context, cached!, head);
            return;
        }

        // One computation per key at a time: a request that finds the same answer being made waits for it.
        var lead = new TaskCompletionSource<CachedRepresentation?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!cache.TryBegin(key, lead.Task, out var running))
        {
            if (await running.WaitAsync(context.RequestAborted) is { } shared && ContentNegotiation.AcceptAdmits(request, shared.ContentType))
            {
                await Serve(context, shared, head);
                return;
            }

            // It gave no representation to share (a problem, a refusal): this request makes its own answer.
            lead = null;
            cache.CountComputation();
        }

        try
        {
            await Compute(context, key, method, head, lead);
        }
        finally
        {
            if (lead is not null)
            {
                lead.TrySetResult(null);
                cache.End(key, lead.Task);
            }
        }
    }

    private async Task Compute(HttpContext context, string key, string method, bool head, TaskCompletionSource<CachedRepresentation?>? lead)
    {
        var request = context.Request;
        var response = context.Response;
        var serverBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        using var buffer = new PooledBufferStream();
        var bufferBody = new StreamResponseBodyFeature(buffer, serverBody);
        context.Features.Set<IHttpResponseBodyFeature>(bufferBody);
        try
        {
            // A HEAD is answered as the GET it describes (the endpoints are mapped for GET), without the body.
            request.Method = HttpMethods.Get;
            await next(context);
            await bufferBody.CompleteAsync();
        }
        finally
        {
            request.Method = method;
            context.Features.Set(serverBody);
        }

        var body = buffer.ToArray();
        if (cache.Represent(key, response, body) is { } stored)
        {
            lead?.TrySetResult(stored);
            // Answer from the stored copy, exactly as every later request will be answered.
            foreach (var (name, _) in stored.Headers)
            {
                response.Headers.Remove(name);
            }

            response.Headers.ContentLength = null;
            await Serve(context, stored, head);
            return;
        }

        // Not kept (an error, a problem): passed on as the endpoint wrote it. An empty body is left unwritten so
        // that the status-code pages can still write a problem for it.
        if (body.Length > 0)
        {
            response.ContentLength ??= body.Length;
            if (!head)
            {
                await response.BodyWriter.WriteAsync(body, context.RequestAborted);
            }
        }
    }

    private async Task Serve(HttpContext context, CachedRepresentation representation, bool head)
    {
        var request = context.Request;
        var response = context.Response;
        var preferred = representation.Compressible && representation.Kept ? ChooseCoding(request.Headers.AcceptEncoding) : ContentCoding.Identity;
        var headers = response.Headers;
        headers.CacheControl = cache.CacheControl();
        if (representation.Vary.Count > 0)
        {
            headers.Vary = representation.Vary;
        }

        // A client revalidating the copy it holds gets a 304 for it when it is current: in the encoding this request
        // prefers, or uncompressed (always acceptable), as a URL's first answer is sent before the answer is kept.
        var held = IfNoneMatch(request.Headers.IfNoneMatch, representation.TagOf(preferred)) ? preferred
            : preferred != ContentCoding.Identity && IfNoneMatch(request.Headers.IfNoneMatch, representation.TagOf(ContentCoding.Identity)) ? ContentCoding.Identity
            : (ContentCoding?)null;
        if (held is { } coding)
        {
            headers.ETag = representation.TagOf(coding);
            // A browser updates its stored headers from a 304 (RFC 9111, 4.3.4), so the answer's own framing policy
            // goes with it: a widget revalidated under the strict default could no longer be framed.
            if (representation.ContentSecurityPolicy is { } policy)
            {
                headers.ContentSecurityPolicy = policy;
            }

            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var variant = representation.Select(preferred);
        headers.ETag = variant.ETag;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, values) in representation.Headers)
        {
            headers[name] = values;
        }

        if (variant.ContentEncoding is not null)
        {
            headers.ContentEncoding = variant.ContentEncoding;
        }

        response.ContentLength = variant.Body.Length;
        if (!head)
        {
            await response.BodyWriter.WriteAsync(variant.Body, context.RequestAborted);
        }
    }

    /// <summary>Whether <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison, as RFC 9110 asks for GET) or is <c>*</c>.</summary>
    internal static bool IfNoneMatch(StringValues header, string etag)
    {
        foreach (var value in header)
        {
            var rest = value.AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var item = (comma < 0 ? rest : rest[..comma]).Trim();
                rest = comma < 0 ? default : rest[(comma + 1)..];
                if (item.StartsWith("W/", StringComparison.Ordinal))
                {
                    item = item[2..];
                }

                if (item.SequenceEqual("*") || item.SequenceEqual(etag))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Brotli or gzip when Accept-Encoding accepts it (Brotli first at equal weight), else the body as is.</summary>
    internal static ContentCoding ChooseCoding(StringValues header)
    {
        double brotli = -1, gzip = -1, any = -1;
        foreach (var value in header)
        {
            var rest = value.AsSpan();
            while (!rest.IsEmpty)
            {
                var comma = rest.IndexOf(',');
                var item = comma < 0 ? rest : rest[..comma];
                rest = comma < 0 ? default : rest[(comma + 1)..];
                var semicolon = item.IndexOf(';');
                var coding = (semicolon < 0 ? item : item[..semicolon]).Trim();
                var quality = 1.0;
                if (semicolon >= 0)
                {
                    var parameter = item[(semicolon + 1)..].Trim();
                    if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                        && double.TryParse(parameter[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var q))
                    {
                        quality = q;
                    }
                }

                if (coding.Equals("br", StringComparison.OrdinalIgnoreCase))
                {
                    brotli = quality;
                }
                else if (coding.Equals("gzip", StringComparison.OrdinalIgnoreCase))
                {
                    gzip = quality;
                }
                else if (coding.SequenceEqual("*"))
                {
                    any = quality;
                }
            }
        }

        brotli = brotli < 0 ? any : brotli;
        gzip = gzip < 0 ? any : gzip;
        if (brotli > 0 && brotli >= gzip)
        {
            return ContentCoding.Brotli;
        }

        return gzip > 0 ? ContentCoding.Gzip : ContentCoding.Identity;
    }
}

public static class RepresentationCacheSetup
{
    public static IServiceCollection AddRepresentationCache(this IServiceCollection services)
    {
        services.AddOptions<RepresentationCacheOptions>().BindConfiguration(RepresentationCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RepresentationCache>();
        return services;
    }

    public static IApplicationBuilder UseRepresentationCache(this IApplicationBuilder app) => app.UseMiddleware<RepresentationCacheMiddleware>();
}
