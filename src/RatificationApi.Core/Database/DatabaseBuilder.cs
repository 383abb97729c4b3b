using System.Text.RegularExpressions;
using Dapper;
using Microsoft.Data.Sqlite;
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

        InsertAll(connection, transaction, Schema.Meta, new[] { new { Key = Schema.DataVersionKey, Value = data.Version }, new { Key = "schema", Value = "1" } });

        // The rows go in as read: each @Name takes the row's property of that name, and an empty cell of a column that
        // may be NULL is stored as NULL (see Column.Value). position counts the rows before, which keeps the file's order.
        InsertAll(connection, transaction, Schema.Instruments, data.Instruments);
        InsertAll(connection, transaction, Schema.Titles, data.Titles);
        InsertAll(connection, transaction, Schema.ShortNames, data.ShortNames);
        InsertAll(connection, transaction, Schema.Participants, data.Participants);
        InsertAll(
            connection,
            transaction,
            Schema.ParticipantNames,
            data.Participants.SelectMany(p => Languages.All
                .Where(lang => p.Names[lang].Length > 0)
                .Select(lang => new { Participant = p.Id, Lang = lang, Name = p.Names[lang], FormalName = p.FormalNames[lang] })));
        InsertAll(connection, transaction, Schema.OtherNames, data.OtherNames);
        InsertAll(
            connection,
            transaction,
            Schema.Actions,
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
            }));
        InsertAll(connection, transaction, Schema.Disagreements, data.Disagreements);

        // Rows go in file order, so that id keeps the depositary's order of a participant's statements.
        InsertAll(
            connection,
            transaction,
            Schema.Statements,
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
            }));
        InsertAll(connection, transaction, Schema.Resolutions, data.Resolutions);
        InsertAll(connection, transaction, Schema.ResolutionParagraphs, data.ResolutionParagraphs);
        InsertAll(connection, transaction, Schema.MapShapes, shapes);

        transaction.Commit();
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> into <paramref name="table"/> with one prepared statement whose parameter values
    /// are replaced row by row, the bulk insert Microsoft.Data.Sqlite documents. Each <c>@Name</c> of the INSERT takes the
    /// row's property of that name, null as NULL. Dapper's Execute over a list, used before, adds and binds a new set of
    /// parameters for every row: the 1,400 actions took 60 ms of the start-up instead of 22 (measured).
    /// </summary>
    private static void InsertAll<TRow>(SqliteConnection connection, SqliteTransaction transaction, Table table, IEnumerable<TRow> rows)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = table.Insert();
        var bindings = ParameterName().Matches(command.CommandText)
            .Select(match => match.Groups[1].Value)
            .Distinct(StringComparer.Ordinal)
            .Select(name => (
                Parameter: command.Parameters.Add(new SqliteParameter($"@{name}", DBNull.Value)),
                Property: typeof(TRow).GetProperty(name) ?? throw new InvalidOperationException($"{typeof(TRow).Name} has no property for @{name} of {table.Name}.")))
            .ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            foreach (var (parameter, property) in bindings)
            {
                parameter.Value = property.GetValue(row) ?? DBNull.Value;
            }

            command.ExecuteNonQuery();
        }
    }

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterName();

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
