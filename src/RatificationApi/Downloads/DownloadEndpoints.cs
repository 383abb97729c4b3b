using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Downloads;

/// <summary>The files the service offers, and the first of them: the SQLite database it loaded at start-up.</summary>
public static class DownloadEndpoints
{
    /// <summary>The path of the SQLite download; the list links to it.</summary>
    public const string DatabasePath = "/v1/downloads/ratification.sqlite";

    /// <summary>The path of the dataset zip; the list links to it.</summary>
    public const string DatasetPath = "/v1/downloads/ratification-data.zip";

    // One archive per data folder and data version: built on first use from the data alone, so the same on every replica.
    private static readonly ConcurrentDictionary<(string Directory, string Version), Lazy<DatasetArchive?>> Archives = new();

    public static RouteGroupBuilder MapDownloads(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/downloads").WithTags("Downloads");

        group.MapGet("/", ListDownloads)
            .WithName("listDownloads")
            .WithSummary("List the files to download")
            .WithDescription("Every file the service offers for download, with its URL, media type, size, SHA-256 digest and ETag, so that a client can tell whether the copy it holds is current before fetching it. Today: the SQLite database (`GET /v1/downloads/ratification.sqlite`) and the data files with their Frictionless Data Package descriptor as one zip (`GET /v1/downloads/ratification-data.zip`).");

        group.MapGet("/ratification.sqlite", GetDatabase)
            .WithName("getDatabase")
            .WithSummary("Download the SQLite database")
            .WithDescription("The SQLite 3 database this replica built from the data at start-up and loaded its answers from, byte for byte: every instrument, title, participant and name, treaty action, statement and resolution, with its sources. Query it with `sqlite3` or any SQLite library; docs/sqlite.md describes its tables. It never changes while the service runs, so its strong ETag (from the data version and the file's SHA-256) makes If-None-Match answer 304, and a Range request (with If-Range) resumes an interrupted download. The file name in Content-Disposition carries the data version.")
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        group.MapGet("/ratification-data.zip", GetDataset)
            .WithName("getDataset")
            .WithSummary("Download the dataset as a zip of CSV files with a Data Package descriptor")
            .WithDescription("The data files this replica loaded at start-up (`data/*.csv`, byte for byte) and `datapackage.json`, a Frictionless Data Package descriptor: a Table Schema per file (field names and types, dates, vocabularies, `missingValues: [\"\"]` since an empty cell means unknown), primary and foreign keys, the licence, the sources the data cites, and `version`, the data version. Built from the data alone with fixed timestamps, so every replica serving the same data serves the same bytes under the same strong ETag: If-None-Match answers 304, and a Range request (with If-Range) resumes an interrupted download. docs/downloads.md describes it.")
            .ProducesProblem(StatusCodes.Status416RangeNotSatisfiable)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    internal static async Task<Ok<DownloadListContract>> ListDownloads(Catalog catalog)
    {
        var database = await catalog.Database;
        List<DownloadContract> items =
            [
                new DownloadContract(
                    "ratification.sqlite",
                    DatabasePath,
                    DatabaseFileResult.MediaType,
                    database.Bytes,
                    database.Sha256,
                    database.ETag,
                    "The SQLite 3 database the service built from the data and answers from: instruments, titles, participants and their names, treaty actions, statements (reservations, declarations, objections) and resolutions, each row with its source. docs/sqlite.md describes its tables."),
            ];
        if (Archive(catalog) is { } archive)
        {
            items.Add(new DownloadContract(
                "ratification-data.zip",
                DatasetPath,
                DatasetArchive.MediaType,
                archive.Bytes.Length,
                archive.Sha256,
                archive.ETag,
                "The data files (CSV, byte for byte as loaded) with datapackage.json, their Frictionless Data Package descriptor: a Table Schema per file with types, primary and foreign keys, the licence and the sources. docs/downloads.md describes it."));
        }

        return TypedResults.Ok(new DownloadListContract(database.DataVersion, items));
    }

    internal static Results<DatasetArchiveResult, ProblemHttpResult> GetDataset(Catalog catalog)
    {
        if (Archive(catalog) is not { } archive)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "Dataset unavailable",
                detail: "The data files on this replica's disk are no longer those it loaded at start-up, and the archive holds only the data the service answers from; another replica can serve it.");
        }

        return new DatasetArchiveResult(archive);
    }

    private static DatasetArchive? Archive(Catalog catalog)
    {
        var version = catalog.Snapshot.DataVersion;
        return Archives.GetOrAdd((catalog.DataDirectory, version), key => new Lazy<DatasetArchive?>(() => Build(key.Directory, key.Version))).Value;

        static DatasetArchive? Build(string directory, string version)
        {
            try
            {
                return DatasetArchive.Build(directory, version);
            }
            catch (IOException)
            {
                return null;
            }
        }
    }

    internal static async Task<Results<DatabaseFileResult, ProblemHttpResult>> GetDatabase(Catalog catalog)
    {
        var database = await catalog.Database;
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
