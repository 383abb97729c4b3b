using System.Text.Json.Serialization;

namespace RatificationApi.Downloads;

/// <summary>The files to download.</summary>
/// <param name="DataVersion">The version of the data the files were made from (a digest of the data files).</param>
/// <param name="Items">One entry per file.</param>
public sealed record DownloadListContract(string DataVersion, IReadOnlyList<DownloadContract> Items);

/// <summary>A file to download.</summary>
/// <param name="Name">The file's name.</param>
/// <param name="Url">Where to get it, relative to this service.</param>
/// <param name="MediaType">Its media type.</param>
/// <param name="Bytes">Its size in bytes.</param>
/// <param name="Sha256">The SHA-256 digest of its bytes, in lower-case hexadecimal, to check a copy against.</param>
/// <param name="ETag">The strong ETag it is served with, for If-None-Match and If-Range.</param>
/// <param name="Description">What it holds.</param>
public sealed record DownloadContract(string Name, string Url, string MediaType, long Bytes, string Sha256, [property: JsonPropertyName("etag")] string ETag, string Description);
