using System.Buffers;

namespace RatificationApi.Infrastructure;

/// <summary>
/// A write-only stream that collects a response body in buffers rented from the shared pool, for the representation
/// cache to read back once. A <see cref="MemoryStream"/> allocates its buffer on every request and again each time
/// it grows; under a stream of uncached answers that was most of what each request allocated.
/// </summary>
/// <remarks>
/// Only buffers up to <see cref="PooledLimit"/> come from the pool. The few larger bodies (the matrix, long lists)
/// grow into plain arrays: the pool keeps what is returned to it, per core, and a burst of concurrent large answers
/// would otherwise leave megabytes of idle buffers behind.
/// </remarks>
internal sealed class PooledBufferStream(int initialCapacity = 16 * 1024) : Stream
{
    private const int PooledLimit = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    private bool _pooled = true;
    private int _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes written so far, as a new array of exactly their length.</summary>
    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_length + buffer.Length > _buffer.Length)
        {
            Grow(_length + buffer.Length);
        }

        buffer.CopyTo(_buffer.AsSpan(_length));
        _length += buffer.Length;
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (_pooled && buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        _pooled = false;

        _length = 0;
        base.Dispose(disposing);
    }

    private void Grow(int needed)
    {
        var size = Math.Max(needed, _buffer.Length * 2);
        var pooled = size <= PooledLimit;
        var larger = pooled ? ArrayPool<byte>.Shared.Rent(size) : GC.AllocateUninitializedArray<byte>(size);
        _buffer.AsSpan(0, _length).CopyTo(larger);
        if (_pooled)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = larger;
        _pooled = pooled;
    }
}
