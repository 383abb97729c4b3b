using System.IO.Compression;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace RatificationApi.Infrastructure.Caching;

/// <summary>The encodings a cached answer can be sent in.</summary>
public enum ContentCoding
{
    Identity,
    Brotli,
    Gzip,
}

public static class ContentCodings
{
    /// <summary>Brotli or gzip when Accept-Encoding accepts it (Brotli first at equal weight), else the body as is.</summary>
    public static ContentCoding Choose(StringValues acceptEncoding)
    {
        if (acceptEncoding.Count == 0 || !StringWithQualityHeaderValue.TryParseList(acceptEncoding, out var codings))
        {
            return ContentCoding.Identity;
        }

        double brotli = -1, gzip = -1, any = -1;
        foreach (var coding in codings)
        {
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals("br", StringComparison.OrdinalIgnoreCase))
            {
                brotli = quality;
            }
            else if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase))
            {
                gzip = quality;
            }
            else if (coding.Value.Equals("*", StringComparison.Ordinal))
            {
                any = quality;
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

    /// <summary>The token of <paramref name="coding"/> in Content-Encoding and in the ETag suffix.</summary>
    public static string Token(ContentCoding coding) => coding == ContentCoding.Brotli ? "br" : "gzip";

    /// <summary>Bodies from this size on (the world maps, 59 KB and more) are compressed with Brotli's faster quality.</summary>
    private const int FastFromBytes = 48 * 1024;

    public static byte[] Compress(ReadOnlySpan<byte> body, ContentCoding coding)
    {
        if (coding == ContentCoding.Brotli)
        {
            // A pooled scratch buffer: for a large answer a new one would be a large-object allocation per compression.
            var output = System.Buffers.ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(body.Length));
            try
            {
                // Quality 9 of 11: close to the smallest output at a fraction of the time, paid once per cached answer; 5 for
                // answers of 48 KB or more (the maps), measured: 33 KB instead of 32, at a fraction of the time. The
                // window need not be larger than the body: the encoder's buffers grow with it (4 MB at the maximum, 22),
                // native memory that the allocator keeps once a burst of large answers has been compressed.
                var window = Math.Clamp(System.Numerics.BitOperations.Log2((uint)Math.Max(body.Length, 1)) + 1, 16, 22);
                if (!BrotliEncoder.TryCompress(body, output, out var written, quality: body.Length >= FastFromBytes ? 5 : 9, window: window))
                {
                    throw new InvalidOperationException("Brotli compression failed.");
                }

                return output[..written];
            }
            finally
            {
                System.Buffers.ArrayPool<byte>.Shared.Return(output);
            }
        }

        using var stream = new MemoryStream();
        using (var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return stream.ToArray();
    }

    /// <summary>The body of a Brotli copy, whose original length is known.</summary>
    public static byte[] Decompress(ReadOnlySpan<byte> brotli, int length)
    {
        var body = new byte[length];
        if (!BrotliDecoder.TryDecompress(brotli, body, out var written) || written != length)
        {
            throw new InvalidOperationException("A kept Brotli copy did not decompress to its body.");
        }

        return body;
    }
}
