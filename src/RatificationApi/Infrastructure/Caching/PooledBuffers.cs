using Microsoft.IO;

namespace RatificationApi.Infrastructure.Caching;

internal static class PooledBuffers
{
    /// <summary>
    /// The bytes written to <paramref name="stream"/>, over its pooled buffer and without a copy: valid only until the
    /// stream is disposed of, so never kept past the request that wrote them.
    /// </summary>
    public static ReadOnlyMemory<byte> Written(this RecyclableMemoryStream stream) => stream.GetBuffer().AsMemory(0, (int)stream.Length);
}
