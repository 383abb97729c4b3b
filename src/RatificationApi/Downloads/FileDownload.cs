using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using RatificationApi.Infrastructure.OpenApi;

namespace RatificationApi.Downloads;

/// <summary>
/// What every downloadable file shares, whether it is streamed from disk or held in memory: the platform's file result
/// answers If-None-Match with 304 and Range with 206 (or 416, which becomes a problem here), HEAD is its GET without the
/// body, and caches revalidate after a while with the strong ETag, since a file changes only with a new deployment.
/// </summary>
internal static class FileDownload
{
    private const string CacheControl = "public, max-age=300";

    public static async Task ExecuteAsync(HttpContext httpContext, IResult file, long bytes)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var response = httpContext.Response;
        response.Headers.CacheControl = CacheControl;
        await file.ExecuteAsync(httpContext);
        if (response.StatusCode == StatusCodes.Status416RangeNotSatisfiable && !response.HasStarted)
        {
            // The platform answers a range beyond the end with an empty body; every error of the API is a problem (RFC 9457).
            response.ContentType = null;
            response.ContentLength = null;
            await TypedResults.Problem(
                statusCode: StatusCodes.Status416RangeNotSatisfiable,
                title: "Range not satisfiable",
                detail: $"The file has {bytes} bytes: ask for a range that starts within them, or send no Range header for the whole file.").ExecuteAsync(httpContext);
        }
    }

    /// <summary>The responses of a download for the OpenAPI document and the Accept check, which a plain file result does not carry.</summary>
    public static void PopulateMetadata(EndpointBuilder builder, string mediaType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [mediaType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status206PartialContent, typeof(Stream), [mediaType]));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.ETag, "The file's strong ETag: its data version and the first hex digits of its SHA-256."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.ContentDisposition, $"attachment, with a file name that carries the data version: {fileName}."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.AcceptRanges, "bytes: a Range request gets part of the file."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status206PartialContent, HeaderNames.ContentRange, "The range of bytes sent, and the file's size."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status206PartialContent, HeaderNames.ETag, "The file's strong ETag."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status304NotModified, HeaderNames.ETag, "The file's strong ETag."));
    }
}

/// <summary>The dataset zip, held in memory, served as <see cref="FileDownload"/> serves every file.</summary>
public sealed class DatasetArchiveResult : IResult, IEndpointMetadataProvider
{
    private readonly FileContentHttpResult _file;
    private readonly long _bytes;

    internal DatasetArchiveResult(DatasetArchive archive)
    {
        _bytes = archive.Bytes.Length;
        _file = TypedResults.File(
            archive.Bytes,
            DatasetArchive.MediaType,
            archive.FileName,
            entityTag: new EntityTagHeaderValue(archive.ETag),
            enableRangeProcessing: true);
    }

    public Task ExecuteAsync(HttpContext httpContext) => FileDownload.ExecuteAsync(httpContext, _file, _bytes);

    public static void PopulateMetadata(System.Reflection.MethodInfo method, EndpointBuilder builder) =>
        FileDownload.PopulateMetadata(builder, DatasetArchive.MediaType, "ratification-data-<version>.zip");
}
