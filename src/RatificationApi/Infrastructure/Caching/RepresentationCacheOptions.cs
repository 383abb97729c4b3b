using System.ComponentModel.DataAnnotations;

namespace RatificationApi.Infrastructure.Caching;

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

    /// <summary>
    /// Compressible answers from this size on (the world maps and their widget, 59-62 KB each; a region's, 115 KB) are
    /// kept only as Brotli, about a quarter of the size, so that every map in every language and theme fits the cache
    /// beside today's answers; a client that takes no Brotli gets a copy decompressed for it (gzip, made once, is kept
    /// too).
    /// </summary>
    [Range(0, int.MaxValue)]
    public int KeepOnlyCompressedFromBytes { get; set; } = 48 * 1024;

    /// <summary>Answers from this size on are kept the first time; smaller ones only when asked for a second time.</summary>
    [Range(0, int.MaxValue)]
    public int AlwaysKeepFromBytes { get; set; } = 32 * 1024;
}
