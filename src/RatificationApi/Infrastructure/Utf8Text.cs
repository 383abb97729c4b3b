using System.Text;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Writes text into a response as UTF-8, with its Content-Length: a string, or a <see cref="StringBuilder"/> chunk by
/// chunk. A world map and its widget are about 60,000 characters: made into one string, each would be a 120 KB
/// large-object allocation, which the garbage collector frees only in a full collection, and after which the process
/// stayed larger.
/// </summary>
internal static class Utf8Text
{
    public static Task WriteAsync(HttpResponse response, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.ContentLength = Encoding.UTF8.GetByteCount(text);
        return response.WriteAsync(text, Encoding.UTF8, cancellationToken);
    }

    public static Task WriteAsync(HttpResponse response, StringBuilder text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(text);
        var encoder = Encoding.UTF8.GetEncoder();
        response.ContentLength = ByteCount(encoder, text);
        encoder.Reset();
        Encode(encoder, text, response.BodyWriter);
        return response.BodyWriter.FlushAsync(cancellationToken).AsTask();
    }

    // One encoder across the chunks, so that a surrogate pair split between two chunks is counted and written whole.
    private static long ByteCount(Encoder encoder, StringBuilder text)
    {
        long count = 0;
        foreach (var chunk in text.GetChunks())
        {
            count += encoder.GetByteCount(chunk.Span, flush: false);
        }

        return count + encoder.GetByteCount([], flush: true);
    }

    private static void Encode(Encoder encoder, StringBuilder text, System.Buffers.IBufferWriter<byte> writer)
    {
        foreach (var chunk in text.GetChunks())
        {
            encoder.Convert(chunk.Span, writer, flush: false, out _, out _);
        }

        encoder.Convert([], writer, flush: true, out _, out _);
    }
}
