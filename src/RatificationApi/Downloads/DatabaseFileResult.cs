using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Downloads;

/// <summary>
/// The database file as ASP.NET Core serves a physical file: read-only from disk, its ETag and Range requests handled
/// by the platform (If-None-Match gives 304, If-Range and Range give 206 or 416), and the response metadata for the
/// OpenAPI document and the Accept check, which a plain file result does not carry.
/// </summary>
public sealed class DatabaseFileResult : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/vnd.sqlite3";

    // The file changes only with a new deployment, at the same URL: caches revalidate after a while, with the ETag.
    private const string CacheControl = "public, max-age=300";

    private readonly PhysicalFileHttpResult _file;
    private readonly long _bytes;

    internal DatabaseFileResult(DatabaseFile database)
    {
        _bytes = database.Bytes;
        _file = TypedResults.PhysicalFile(
            database.Path,
            MediaType,
            database.FileName,
            entityTag: new EntityTagHeaderValue(database.ETag),
            enableRangeProcessing: true);
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);

        var response = httpContext.Response;
        response.Headers.CacheControl = CacheControl;
        await _file.ExecuteAsync(httpContext);
        if (response.StatusCode == StatusCodes.Status416RangeNotSatisfiable && !response.HasStarted)
        {
            // The platform answers a range beyond the end with an empty body; every error of the API is a problem (RFC 9457).
            response.ContentType = null;
            response.ContentLength = null;
            await TypedResults.Problem(
                statusCode: StatusCodes.Status416RangeNotSatisfiable,
                title: "Range not satisfiable",
                detail: $"The file has {_bytes} bytes: ask for a range that starts within them, or send no Range header for the whole file.").ExecuteAsync(httpContext);
        }
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), [MediaType]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status206PartialContent, typeof(Stream), [MediaType]));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.ETag, "The file's strong ETag: its data version and the first hex digits of its SHA-256."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.ContentDisposition, "attachment, with a file name that carries the data version: ratification-<version>.sqlite."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status200OK, HeaderNames.AcceptRanges, "bytes: a Range request gets part of the file."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status206PartialContent, HeaderNames.ContentRange, "The range of bytes sent, and the file's size."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status206PartialContent, HeaderNames.ETag, "The file's strong ETag."));
        builder.Metadata.Add(new ResponseHeaderMetadata(StatusCodes.Status304NotModified, HeaderNames.ETag, "The file's strong ETag."));
    }
}
