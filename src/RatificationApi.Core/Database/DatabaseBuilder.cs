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
            "INSERT INTO meta (key, value) VALUES (@Key, @Value)",
            new[] { new { Key = "data_version", Value = data.Version }, new { Key = "schema", Value = "1" } },
            transaction);

        // The rows go in as read: Dapper takes each @Name from the row's property, and an empty cell is stored as NULL.
        // position counts the rows before, which keeps the file's order.
        connection.Execute(
            """
            INSERT INTO instruments (
                id, position, short_name, mtdsg, parent, parent_reference, adopted, adoption_place, adopted_by,
                opened_for_signature, entry_into_force, eif_article, eif_offset, eif_rule_basis, eif_rule_text,
                unts_volume, unts_page, unts_registration_no, unts_registration_date, complete_as_at,
                complete_as_at_source, stated_signatories, stated_parties, stated_as_at, stated_source, source, notes)
            VALUES (
                @Id, (SELECT count(*) FROM instruments), @ShortName, @Mtdsg, nullif(@Parent, ''), nullif(@ParentReference, ''), @Adopted,
                nullif(@AdoptionPlace, ''), nullif(@AdoptedBy, ''), nullif(@OpenedForSignature, ''), nullif(@EntryIntoForce, ''),
                nullif(@EifArticle, ''), nullif(@EifOffset, ''), nullif(@EifRuleBasis, ''), nullif(@EifRuleText, ''),
                CAST(nullif(@UntsVolume, '') AS INTEGER), CAST(nullif(@UntsPage, '') AS INTEGER), CAST(nullif(@UntsRegistrationNo, '') AS INTEGER),
                nullif(@UntsRegistrationDate, ''), @CompleteAsAt, nullif(@CompleteAsAtSource, ''),
                CAST(nullif(@StatedSignatories, '') AS INTEGER), CAST(nullif(@StatedParties, '') AS INTEGER), nullif(@StatedAsAt, ''),
                nullif(@StatedSource, ''), @Source, nullif(@Notes, ''))
            """,
            data.Instruments,
            transaction);

        connection.Execute(
            "INSERT INTO titles (item, lang, title, confidence, source) VALUES (@Instrument, @Lang, @Title, @Confidence, @Source)",
            data.Titles,
            transaction);

        connection.Execute(
            "INSERT INTO short_names (instrument, lang, short_name, confidence, source, notes) VALUES (@Instrument, @Lang, @ShortName, @Confidence, @Source, nullif(@Notes, ''))",
            data.ShortNames,
            transaction);

        connection.Execute(
            """
            INSERT INTO participants (
                id, iso3, iso2, m49, kind, un_status, un_admission_date, region_code, region, subregion_code, subregion,
                intermediate_region_code, intermediate_region, aliases, source, notes)
            VALUES (
                @Id, nullif(@Iso3, ''), @Iso2, nullif(@M49, ''), @Kind, @UnStatus, nullif(@UnAdmissionDate, ''), nullif(@RegionCode, ''),
                nullif(@Region, ''), nullif(@SubregionCode, ''), nullif(@Subregion, ''), nullif(@IntermediateRegionCode, ''),
                nullif(@IntermediateRegion, ''), nullif(@Aliases, ''), @Source, nullif(@Notes, ''))
            """,
            data.Participants,
            transaction);

        connection.Execute(
            "INSERT INTO participant_names (participant, lang, name, formal_name) VALUES (@Participant, @Lang, @Name, @FormalName)",
            data.Participants.SelectMany(p => Languages.All
                .Where(lang => p.Names[lang].Length > 0)
                .Select(lang => new { Participant = p.Id, Lang = lang, Name = p.Names[lang], FormalName = Null(p.FormalNames[lang]) })),
            transaction);

        connection.Execute(
            "INSERT INTO participant_other_names (participant, lang, name, kind, source) VALUES (@Participant, @Lang, @Name, @Kind, @Source)",
            data.OtherNames,
            transaction);

        connection.Execute(
            """
            INSERT INTO actions (
                instrument, participant, kind, date, date_precision, date_start, date_end, reservations, basis, exception, recorded, feed_id,
                source, notes, line)
            VALUES (
                @Instrument, @Participant, @Kind, @Date, @DatePrecision, @DateStart, @DateEnd, @Reservations, @Basis, @Exception, @Recorded, @FeedId,
                @Source, @Notes, @Line)
            """,
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
                    Exception = Null(a.Exception),
                    a.Recorded,
                    FeedId = feedId,
                    a.Source,
                    Notes = Null(a.Notes),
                    a.Line,
                };
            }),
            transaction);

        connection.Execute(
            """
            INSERT INTO disagreements (instrument, participant, field, kept_value, kept_source, other_value, other_source, notes)
            VALUES (
                @Instrument, nullif(@Participant, ''), @Field, nullif(@KeptValue, ''), @KeptSource, nullif(@OtherValue, ''), @OtherSource,
                nullif(@Notes, ''))
            """,
            data.Disagreements,
            transaction);

        // Rows go in file order, so that id keeps the depositary's order of a participant's statements.
        connection.Execute(
            """
            INSERT INTO reservations (
                instrument, participant, kind, occasion, date, date_precision, target, heading, text, basis, recorded, source, notes, line)
            VALUES (
                @Instrument, @Participant, @Kind, @Occasion, @Date, @DatePrecision, @Target, @Heading, @Text, @Basis, @Recorded, @Source, @Notes, @Line)
            """,
            data.Reservations.Select(r =>
            {
                var date = PartialDate.Parse(r.Date);
                return new
                {
                    r.Instrument,
                    r.Participant,
                    r.Kind,
                    Occasion = Null(r.Occasion),
                    Date = date.ToIsoString(),
                    DatePrecision = date.Precision.ToString().ToLowerInvariant(),
                    Target = Null(r.Target),
                    Heading = Null(r.Heading),
                    Text = Null(r.Text),
                    r.Basis,
                    r.Recorded,
                    r.Source,
                    Notes = Null(r.Notes),
                    r.Line,
                };
            }),
            transaction);

        connection.Execute(
            """
            INSERT INTO resolutions (id, symbol, adopted, session, meeting, agenda_item, committee_report, distributed, recalls, source, notes)
            VALUES (
                @Id, @Symbol, @Adopted, nullif(@Session, ''), nullif(@Meeting, ''), nullif(@AgendaItem, ''), nullif(@CommitteeReport, ''),
                nullif(@Distributed, ''), nullif(@Recalls, ''), @Source, nullif(@Notes, ''))
            """,
            data.Resolutions,
            transaction);

        connection.Execute(
            """
            INSERT INTO resolution_paragraphs (resolution, paragraph, instrument, summary, source)
            VALUES (@Resolution, CAST(@Paragraph AS INTEGER), @Instrument, nullif(@Summary, ''), @Source)
            """,
            data.ResolutionParagraphs,
            transaction);

        connection.Execute(
            """
            INSERT INTO map_shapes (kind, m49, participant, name, lon, lat, x, y, area, bounds, path, world_path, source)
            VALUES (
                @Kind, nullif(@M49, ''), nullif(@Participant, ''), @Name, CAST(nullif(@Lon, '') AS REAL), CAST(nullif(@Lat, '') AS REAL),
                CAST(nullif(@X, '') AS REAL), CAST(nullif(@Y, '') AS REAL), CAST(@Area AS REAL), @Bounds, nullif(@Path, ''), nullif(@WorldPath, ''), @Source)
            """,
            shapes,
            transaction);

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

    private static string? Null(string text) => text.Length == 0 ? null : text;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not remove the unfinished database file {Path}: {Reason}")]
    private static partial void LogNotDeleted(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Built the database {Path} from {Actions} treaty actions (data version {Version})")]
    private static partial void LogBuilt(ILogger logger, string path, int actions, string version);
}
