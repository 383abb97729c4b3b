using Org.BouncyCastle.Crypto.Digests;

namespace RatificationApi.Data;

/// <summary>
/// SHA-256 in lower-case hexadecimal: the data version, and the digests that the downloads publish.
/// </summary>
/// <remarks>
/// BouncyCastle's managed SHA-256 rather than the platform's: on Linux the platform's is OpenSSL, and hashing the data
/// once at start-up kept libcrypto and System.Security.Cryptography mapped for the life of the process, 4.5 MB of the
/// service's resident memory right after start-up (smaps), for a few megabytes hashed once. None of these
/// digests protects anything against an adversary; they name bytes, so the same bytes give the same digest whatever
/// computes it.
/// </remarks>
public sealed class Sha256
{
    private readonly Sha256Digest _digest = new();

    /// <summary>Adds <paramref name="bytes"/> to the digest.</summary>
    public void Append(ReadOnlySpan<byte> bytes) => _digest.BlockUpdate(bytes);

    /// <summary>Adds the whole of <paramref name="stream"/>, from where it is, to the digest.</summary>
    public async Task AppendAsync(Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            Append(buffer.AsSpan(0, read));
        }
    }

    /// <summary>The digest of everything appended, in lower-case hexadecimal; the digest starts again empty.</summary>
    public string ToHexAndReset()
    {
        Span<byte> hash = stackalloc byte[32];
        _digest.DoFinal(hash);
        return Convert.ToHexStringLower(hash);
    }

    /// <summary>The digest of <paramref name="bytes"/>.</summary>
    public static string Hex(ReadOnlySpan<byte> bytes)
    {
        var sha = new Sha256();
        sha.Append(bytes);
        return sha.ToHexAndReset();
    }
}
