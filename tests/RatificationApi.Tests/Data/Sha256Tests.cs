using RatificationApi.Data;

namespace RatificationApi.Tests.Data;

/// <summary>
/// The service hashes with BouncyCastle's SHA-256 (so that it never loads OpenSSL); what it publishes as SHA-256 must be
/// the platform's SHA-256 of the same bytes, whatever their length and however they arrive.
/// </summary>
public sealed class Sha256Tests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(55)]
    [InlineData(56)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(81_920)]
    [InlineData(200_003)]
    public async Task Hex_AndAStreamInChunks_TheSameAsThePlatformsSha256(int length)
    {
        var bytes = new byte[length];
        new Random(length).NextBytes(bytes);
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));

        Assert.Equal(expected, Sha256.Hex(bytes));
        var streamed = new Sha256();
        await using var stream = new MemoryStream(bytes);
        await streamed.AppendAsync(stream, CancellationToken.None);
        Assert.Equal(expected, streamed.ToHexAndReset());
    }

    [Fact]
    public void ToHexAndReset_StartsAgainEmpty()
    {
        var sha = new Sha256();
        sha.Append("abc"u8);
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", sha.ToHexAndReset());
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", sha.ToHexAndReset());
    }
}
