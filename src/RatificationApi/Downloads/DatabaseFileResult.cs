using System.Reflection;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using RatificationApi.ReadModel;

namespace RatificationApi.Downloads;

/// <summary>The database file, streamed read-only from disk as ASP.NET Core serves a physical file, as <see cref="FileDownload"/> serves every file.</summary>
public sealed class DatabaseFileResult : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/vnd.sqlite3";

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

    public Task ExecuteAsync(HttpContext httpContext) => FileDownload.ExecuteAsync(httpContext, _file, _bytes);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        FileDownload.PopulateMetadata(builder, MediaType, "ratification-<version>.sqlite");
}
