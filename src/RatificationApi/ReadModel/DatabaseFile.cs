namespace RatificationApi.ReadModel;

/// <summary>The SQLite database built at start-up and loaded into the catalog; the service never writes to it again.</summary>
/// <param name="Path">Where it is on disk.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Sha256">The SHA-256 digest of its bytes, in lower-case hexadecimal.</param>
/// <param name="DataVersion">The version of the data it was built from.</param>
internal sealed record DatabaseFile(string Path, long Bytes, string Sha256, string DataVersion)
{
    /// <summary>
    /// A strong ETag: the data version says which data, the digest which bytes. The same data built by another build of
    /// the service (another SQLite, another schema) makes other bytes, and a strong tag must tell them apart, or a client
    /// resuming a download with If-Range could join pieces of two different files.
    /// </summary>
    public string ETag { get; } = $"\"{DataVersion[..16]}-{Sha256[..16]}\"";

    /// <summary>The name a client saves it under: the data version in it tells two downloads apart.</summary>
    public string FileName { get; } = $"ratification-{DataVersion[..16]}.sqlite";
}
