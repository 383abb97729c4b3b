using System.IO.Hashing;
using Microsoft.Extensions.Primitives;

namespace RatificationApi.Infrastructure.Caching;

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

    private readonly Lazy<Variant>? _brotli;
    private readonly Lazy<Variant>? _gzip;

    // The body as sent without a content coding; null when only the Brotli copy is kept (see KeepOnlyCompressedFromBytes).
    private readonly Variant? _identity;
    private readonly string _identityTag;
    private readonly int _identityLength;

    private CachedRepresentation(
        KeyValuePair<string, StringValues>[] headers, StringValues vary, Variant identity, bool compressible, bool kept, bool onlyCompressed)
    {
        Kept = kept;
        Headers = headers;
        Vary = vary;
        _identityTag = identity.ETag;
        _identityLength = identity.Body.Length;
        Compressible = compressible;
        ContentType = HeaderValue(headers, "Content-Type") ?? string.Empty;
        ContentSecurityPolicy = HeaderValue(headers, "Content-Security-Policy");
        if (compressible && kept && onlyCompressed)
        {
            // Compressed now, so that the body itself need not be kept: the rare client without Brotli gets a copy
            // decompressed from it.
            _brotli = new Lazy<Variant>(Compress(identity.Body.Span, ContentCoding.Brotli));
            _gzip = new Lazy<Variant>(GzipFromBrotli);
        }
        else
        {
            _identity = identity;
            if (compressible && kept)
            {
                _brotli = Later(identity, ContentCoding.Brotli);
                _gzip = Later(identity, ContentCoding.Gzip);
            }
        }
    }

    // Lambdas made here, not in the constructor: a lambda there shares one closure with every other lambda of the
    // constructor, so the gzip copy's, though it needs only the Brotli copy, kept the body alive with it (14 MB of
    // maps that were meant to be kept as Brotli only; found with dotnet-dump's gcroot).
    // One compression per answer and encoding, even when many requests ask for it at once.
    private Lazy<Variant> Later(Variant identity, ContentCoding coding) => new(() => Compress(identity.Body.Span, coding));

    private Variant GzipFromBrotli() => Compress(Identity.Body.Span, ContentCoding.Gzip);

    public KeyValuePair<string, StringValues>[] Headers { get; }

    /// <summary>The representation's media type, so that a hit is served only to a request whose Accept admits it.</summary>
    public string ContentType { get; }

    /// <summary>The answer's own Content-Security-Policy, if it set one (the widgets and badges do).</summary>
    public string? ContentSecurityPolicy { get; }

    /// <summary>What the endpoint varies on, plus Accept-Encoding where a compressed copy may be sent.</summary>
    public StringValues Vary { get; }

    /// <summary>The body as it is; decompressed from the Brotli copy when only that is kept.</summary>
    public Variant Identity => _identity ?? new Variant(ContentCodings.Decompress(_brotli!.Value.Body.Span, _identityLength), _identityTag, null);

    public bool Compressible { get; }

    /// <summary>
    /// Whether the cache keeps it. One that is not is sent as it is: compressing it would cost more than sending it,
    /// and a second request, which keeps it, gets the compressed copy.
    /// </summary>
    public bool Kept { get; }

    /// <summary>The body and, for a compressible one, room for both compressed copies (JSON compresses far below half).</summary>
    public long EstimatedSize => _identity is null
        ? 512 + (2L * _brotli!.Value.Body.Length)
        : 512 + _identityLength + (Compressible ? _identityLength / 2 : 0);

    /// <param name="responseHeaders">The headers the endpoint set.</param>
    /// <param name="body">
    /// The body. A representation that is not <paramref name="kept"/> only answers the request that made it, so its
    /// body may be the request's own buffer, valid until that request ends (see RepresentationCache.Represent).
    /// </param>
    /// <param name="compressionThreshold">Bodies from this size on may get compressed copies.</param>
    /// <param name="kept">Whether the cache keeps it.</param>
    /// <param name="keepOnlyCompressedFrom">Bodies from this size on are kept as Brotli only.</param>
    public static CachedRepresentation Create(
        IHeaderDictionary responseHeaders, ReadOnlyMemory<byte> body, int compressionThreshold, bool kept = true, int keepOnlyCompressedFrom = int.MaxValue)
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
        return new CachedRepresentation(
            [.. headers], vary, new Variant(body, ETagOf(headers, vary, body.Span), null), compressible, kept, body.Length >= keepOnlyCompressedFrom);
    }

    /// <summary>The ETag of the copy in <paramref name="coding"/>, without making that copy.</summary>
    public string TagOf(ContentCoding coding) => !Compressible || coding == ContentCoding.Identity
        ? _identityTag
        : $"{_identityTag[..^1]}-{ContentCodings.Token(coding)}\"";

    /// <summary>The copy to send for this Accept-Encoding: Brotli or gzip where accepted and worth it, else the body as is.</summary>
    public Variant Select(ContentCoding coding) => coding switch
    {
        ContentCoding.Brotli when _brotli is not null => _brotli.Value,
        ContentCoding.Gzip when _gzip is not null => _gzip.Value,
        _ => Identity,
    };

    // One hashing state per thread, reset by every digest.
    [ThreadStatic]
    private static XxHash128? _hash;

    /// <summary>
    /// The digest of the body, then of the headers with it, as a strong ETag. XXH128 rather than SHA-256: a tag only
    /// has to change whenever the bytes do, and every body and header here is the service's own, so there is no
    /// adversary to resist; XXH128 does it at a small fraction of the cost (SHA-256 through OpenSSL was 4-5% of an
    /// uncached answer's CPU time, measured with perf under the asOf scenario).
    /// </summary>
    private static string ETagOf(List<KeyValuePair<string, StringValues>> headers, StringValues vary, ReadOnlySpan<byte> body)
    {
        var hash = _hash ??= new XxHash128();
        Span<byte> digest = stackalloc byte[16];
        hash.Append(body);
        hash.GetHashAndReset(digest);
        foreach (var (name, values) in headers)
        {
            AppendLine(hash, name, values);
        }

        AppendLine(hash, "Vary", vary);
        hash.Append(digest);
        hash.GetHashAndReset(digest);
        return $"\"{System.Buffers.Text.Base64Url.EncodeToString(digest[..15])}\"";
    }

    // "Name: value, value\n" in UTF-8, without building the text first.
    private static void AppendLine(XxHash128 hash, string name, StringValues values)
    {
        AppendText(hash, name);
        AppendText(hash, ": ");
        for (var i = 0; i < values.Count; i++)
        {
            if (i > 0)
            {
                AppendText(hash, ",");
            }

            AppendText(hash, values[i]);
        }

        AppendText(hash, "\n");
    }

    private static void AppendText(XxHash128 hash, ReadOnlySpan<char> text)
    {
        Span<byte> chunk = stackalloc byte[256];
        while (!text.IsEmpty)
        {
            System.Text.Unicode.Utf8.FromUtf16(text, chunk, out var read, out var written, replaceInvalidSequences: true, isFinalBlock: true);
            hash.Append(chunk[..written]);
            text = text[read..];
        }
    }

    private Variant Compress(ReadOnlySpan<byte> body, ContentCoding coding) =>
        new(ContentCodings.Compress(body, coding), TagOf(coding), ContentCodings.Token(coding));

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
    internal sealed record Variant(ReadOnlyMemory<byte> Body, string ETag, string? ContentEncoding);
}
