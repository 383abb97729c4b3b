using RatificationApi.Infrastructure;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>The buffer the representation cache collects bodies in: every byte back, in order, at any size.</summary>
public class PooledBufferStreamTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(16 * 1024)]
    [InlineData(16 * 1024 + 1)]
    [InlineData(64 * 1024 + 7)]
    [InlineData(700 * 1024)]
    public async Task Write_InPiecesOfEverySize_ToArrayGivesTheSameBytes(int size)
    {
        var expected = new byte[size];
        new Random(size).NextBytes(expected);
        using var stream = new PooledBufferStream();

        var written = 0;
        var piece = 1;
        while (written < size)
        {
            var count = Math.Min(piece, size - written);
            if (piece % 2 == 0)
            {
                await stream.WriteAsync(expected.AsMemory(written, count));
            }
            else
            {
                stream.Write(expected, written, count);
            }

            written += count;
            piece = piece * 3 + 1;
        }

        Assert.Equal(size, stream.Length);
        Assert.Equal(expected, stream.ToArray());
    }

    [Fact]
    public void Dispose_Twice_NoError()
    {
        var stream = new PooledBufferStream();
        stream.Write([1, 2, 3]);

        stream.Dispose();
        stream.Dispose();

        Assert.Equal(0, stream.Length);
    }
}
