using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.Database;

/// <summary>
/// Builds the SQLite database from <c>data/</c>, once at start-up: validate everything first, write it in one
/// transaction into a new file, and only then rename that file into place. A failure at any step leaves no
/// half-written database, and any database built before untouched.
/// </summary>
public sealed partial class DatabaseBuilder(
    IOptions<DataOptions> options,
    TimeProvider time,
    ILogger<DatabaseBuilder> logger)
{
    /// <summary>The version of the data built (a digest of the data files), or null before a build.</summary>
    public string? DataVersion { get; private set; }

    /// <summary>
    /// Validates and builds; gives the path of the database built. Throws <see cref="DataValidationException"/> on bad
    /// data, <see cref="IOException"/> on a disk problem.
    /// </summary>
    public string Build()
    {
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var data = DataSetLoader.Load(options.Value.Directory, today);
        var shapes = MapShapes.Load(options.Value.Directory, data.Participants);

        var directory = options.Value.DatabaseDirectory;
        var target = Path.Combine(directory, $"ratification-{data.Version[..16]}.db");
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(directory);
            Write(temporary, data, shapes);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or UnauthorizedAccessException or IOException)
        {
            // A full disk, a read-only or missing folder: say where and what, in words, not as a SQLite stack trace.
            throw new IOException(
                $"The database could not be built in '{directory}': {ex.Message} The database built before, if any, keeps serving.", ex);
        }
        finally
        {
            // Never let the clean-up hide the failure that made it necessary.
            TryDelete(temporary);
            TryDelete(temporary + "-journal");
        }

        DataVersion = data.Version;
        LogBuilt(logger, target, data.Actions.Count, data.Version[..16]);
        return target;
    }

    private static void Write(string path, DataSet data, IReadOnlyList<MapShapeRow> shapes)
    {
        using var connection = SqliteConnectionFactory.OpenForBuild(path);
        connection.Execute("PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA foreign_keys = ON;");
        using var transaction = connection.BeginTransaction();
        connection.Execute(Schema.Create, transaction: transaction);

        connection.Execute(
            Schema.Meta.Insert(),
            new[] { new { Key = Schema.DataVersionKey, Value = data.Version }, new { Key = "schema", Value = "1" } },
            transaction);

        // The rows go in as read: Dapper takes each @Name from the row's property, and an empty cell of a column that
        // may be NULL is stored as NULL (see Column.Value). position counts the rows before, which keeps the file's order.
        connection.Execute(Schema.Instruments.Insert(), data.Instruments, transaction);
        connection.Execute(Schema.Titles.Insert(), data.Titles, transaction);
        connection.Execute(Schema.ShortNames.Insert(), data.ShortNames, transaction);
        connection.Execute(Schema.Participants.Insert(), data.Participants, transaction);
        connection.Execute(
            Schema.ParticipantNames.Insert(),
            data.Participants.SelectMany(p => Languages.All
                .Where(lang => p.Names[lang].Length > 0)
                .Select(lang => new { Participant = p.Id, Lang = lang, Name = p.Names[lang], FormalName = p.FormalNames[lang] })),
            transaction);
        connection.Execute(Schema.OtherNames.Insert(), data.OtherNames, transaction);
        connection.Execute(
            Schema.Actions.Insert(),
            FeedIds(data.Actions).Select(pair =>
            {
                var (a, feedId) = pair;
                var date = PartialDate.Parse(a.Date);
                return new
                {
                    a.Instrument,
                    a.Participant,
                    a.Kind,
                    Date = date.ToIsoString(),
                    DatePrecision = date.Precision.ToString().ToLowerInvariant(),
                    DateStart = date.Start is { } start ? IsoDate.Format(start) : null,
                    DateEnd = date.End is { } end ? IsoDate.Format(end) : null,
                    a.Reservations,
                    a.Basis,
                    a.Exception,
                    a.Recorded,
                    FeedId = feedId,
                    a.Source,
                    a.Notes,
                    a.Line,
                };
            }),
            transaction);
        connection.Execute(Schema.Disagreements.Insert(), data.Disagreements, transaction);

        // Rows go in file order, so that id keeps the depositary's order of a participant's statements.
        connection.Execute(
            Schema.Statements.Insert(),
            data.Reservations.Select(r =>
            {
                var date = PartialDate.Parse(r.Date);
                return new
                {
                    r.Instrument,
                    r.Participant,
                    r.Kind,
                    r.Occasion,
                    Date = date.ToIsoString(),
                    DatePrecision = date.Precision.ToString().ToLowerInvariant(),
                    r.Target,
                    r.Heading,
                    r.Text,
                    r.Basis,
                    r.Recorded,
                    r.Source,
                    r.Notes,
                    r.Line,
                };
            }),
            transaction);
        connection.Execute(Schema.Resolutions.Insert(), data.Resolutions, transaction);
        connection.Execute(Schema.ResolutionParagraphs.Insert(), data.ResolutionParagraphs, transaction);
        connection.Execute(Schema.MapShapes.Insert(), shapes, transaction);

        transaction.Commit();
    }

    /// <summary>
    /// A stable id for each action: instrument, participant and kind, numbered when a participant repeats a
    /// kind (a new consent after a denunciation). It does not contain the date, so a corrected date keeps the id.
    /// </summary>
    private static IEnumerable<(ActionRow Action, string FeedId)> FeedIds(IEnumerable<ActionRow> actions) =>
        actions
            .GroupBy(a => $"{a.Instrument}:{a.Participant}:{a.Kind}", StringComparer.Ordinal)
            .SelectMany(g => g
                .OrderBy(a => PartialDate.Parse(a.Date).Start ?? DateOnly.MaxValue)
                .Select((a, index) => (a, index == 0 ? g.Key : $"{g.Key}:{index + 1}")));

    private void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogNotDeleted(logger, path, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the unfinished database file {Path}: {Reason}")]
    private static partial void LogNotDeleted(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the database {Path} from {Actions} treaty actions (data version {Version})")]
    private static partial void LogBuilt(ILogger logger, string path, int actions, string version);
}
