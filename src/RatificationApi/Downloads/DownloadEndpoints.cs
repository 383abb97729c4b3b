using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Downloads;

/// <summary>The files the service offers, and the first of them: the SQLite database it loaded at start-up.</summary>
public static class DownloadEndpoints
{
    /// <summary>The path of the SQLite download; the list links to it.</summary>
    public const string DatabasePath = "/v1/downloads/ratification.sqlite";

    public static RouteGroupBuilder MapDownloads(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/downloads").WithTags("Downloads");

        group.MapGet("/", ListDownloads)
            .WithName("listDownloads")
            .WithSummary("List the files to download")
            .WithDescription("Every file the service offers for download, with its URL, media type, size, SHA-256 digest and ETag, so that a client can tell whether the copy it holds is current before fetching it. Today: the SQLite database (`GET /v1/downloads/ratification.sqlite`).");

        group.MapGet("/ratification.sqlite", GetDatabase)
            .WithName("getDatabase")
            .WithSummary("Download the SQLite database")
            .WithDescription("The SQLite 3 database this replica built from the data at start-up and loaded its answers from, byte for byte: every instrument, title, participant and name, treaty action, statement and resolution, with its sources. Query it with `sqlite3` or any SQLite library; docs/sqlite.md describes its tables. It never changes while the service runs, so its strong ETag (from the data version and the file's SHA-256) makes If-None-Match answer 304, and a Range request (with If-Range) resumes an interrupted download. The file name in Content-Disposition carries the data version.")
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    internal static Ok<DownloadListContract> ListDownloads(Catalog catalog)
    {
        var database = catalog.Database;
        return TypedResults.Ok(new DownloadListContract(
            database.DataVersion,
            [
                new DownloadContract(
                    "ratification.sqlite",
                    DatabasePath,
                    DatabaseFileResult.MediaType,
                    database.Bytes,
                    database.Sha256,
                    database.ETag,
                    "The SQLite 3 database the service built from the data and answers from: instruments, titles, participants and their names, treaty actions, statements (reservations, declarations, objections) and resolutions, each row with its source. docs/sqlite.md describes its tables."),
            ]));
    }

    internal static Results<DatabaseFileResult, ProblemHttpResult> GetDatabase(Catalog catalog)
    {
        var database = catalog.Database;
        // A temp-folder cleaner may have removed it; the readiness probe says the same, and no other file may stand in.
        if (!File.Exists(database.Path))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Database unavailable",
                detail: "The database this replica loaded is no longer on its disk; another replica can serve it.");
        }

        return new DatabaseFileResult(database);
    }
}
