using System.Globalization;
using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>An instrument's row of <c>instruments.csv</c>, as far as an import needs it.</summary>
internal sealed record InstrumentInfo(string Id, string Mtdsg, string Chapter, string CompleteAsAt, string CompleteAsAtSource)
{
    /// <summary>Every complete row, in the file's order.</summary>
    public static List<InstrumentInfo> All(RawCsvFile instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        var (id, mtdsg, asAt, source) = (instruments.Column(InstrumentRowMap.Id), instruments.Column(InstrumentRowMap.Mtdsg),
            instruments.Column(InstrumentRowMap.CompleteAsAt), instruments.Column(InstrumentRowMap.CompleteAsAtSource));

        // Only refresh needs the chapter; import-mtdsg still reads a data folder from before the column.
        var chapter = instruments.Header.ToList().IndexOf(InstrumentRowMap.Chapter);
        return [.. instruments.Records.Where(r => r.Cells.Count == instruments.Header.Count)
            .Select(r => new InstrumentInfo(r.Cells[id], r.Cells[mtdsg], chapter >= 0 ? r.Cells[chapter] : string.Empty, r.Cells[asAt], r.Cells[source]))];
    }
}

/// <summary>A depositary list read and mapped to the project's participants, with what stops it from being merged.</summary>
/// <param name="Actions">The grid's cells as actions.</param>
/// <param name="Statements">The declarations and objections sections as statements.</param>
/// <param name="PageFailures">What is wrong with the list itself: unreadable cells, and header counts that differ from the rows.</param>
/// <param name="Unmapped">Names of the grid that map to no participant.</param>
/// <param name="Failures">Every reason not to merge: the page's, and the mapping's (names, action kinds, statements).</param>
internal sealed record CheckedList(
    List<ImportedAction> Actions,
    List<ImportedStatement> Statements,
    List<string> PageFailures,
    List<string> Unmapped,
    List<string> Failures);

/// <summary>How many rows of one file a merge adds, changes and removes.</summary>
internal sealed record ChangeCounts(int Added, int Changed, int Removed);

/// <summary>What merging a list into one instrument's rows gives; nothing is written yet.</summary>
/// <param name="Update">The files' new texts; null when the merge failed or, for an XML file without an as-at date, cannot be written.</param>
/// <param name="Failures">Why the list cannot be merged; empty on success.</param>
/// <param name="Actions">The instrument's action rows added, changed and removed.</param>
/// <param name="Statements">The instrument's statements added, changed and removed.</param>
internal sealed record MergeResult(DataFilesUpdate? Update, List<string> Failures, ChangeCounts Actions, ChangeCounts Statements)
{
    public static MergeResult Failed(params List<string> failures) => new(null, failures, new ChangeCounts(0, 0, 0), new ChangeCounts(0, 0, 0));
}

/// <summary>
/// The importer's steps between a parsed depositary list and new data-file texts, shared by <c>import-mtdsg</c> (a
/// file) and <c>refresh</c> (the live page), so that both apply the same self-check, name mapping, failure rules,
/// merge rules and diff lines. Writing, and what to do with a failure, stay with each command.
/// </summary>
internal static class ImportPipeline
{
    /// <summary>Maps the list to the project's participants and collects every reason not to merge it; prints one line per withdrawn participant to <paramref name="info"/>.</summary>
    public static CheckedList Check(MtdsgDocument document, ParticipantNameMapper mapper, TextWriter info)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mapper);
        ArgumentNullException.ThrowIfNull(info);
        var pageFailures = new List<string>(document.Problems);
        pageFailures.AddRange(StatusCheck.Mismatches(document).Select(m => $"the header's Status counts differ from the rows: {m}"));
        var actions = ImportedActions.From(document, mapper);
        foreach (var row in document.Rows.Where(r => r.Withdrawn))
        {
            var denounced = actions.Any(a => a.Name == row.Name && a.Kind == ActionKind.Denunciation);
            info.WriteLine($"withdrawn: {row.Name} ({mapper.Map(row.Name) ?? "unmapped"}) has bracketed dates; " +
                (denounced ? "recorded with an undated denunciation" : "no consent is bracketed, so no denunciation is recorded") +
                (row.Footnotes.Count > 0 ? $"; see footnote(s) {string.Join(", ", row.Footnotes)}" : string.Empty));
        }

        var failures = new List<string>(pageFailures);
        var unmapped = ImportedActions.Unmapped(document, mapper);
        if (unmapped.Count > 0)
        {
            failures.Add($"{unmapped.Count} participant name(s) map to no participant of {DataSetLoader.ParticipantsFile} (add them to its aliases): " +
                string.Join(", ", unmapped.Select(n => $"'{n}'")));
        }

        failures.AddRange(actions.Where(a => a.Kind is null).GroupBy(a => a.Column).Select(g =>
            $"{g.Count()} cell(s) of the column '{g.Key}' have a legend meaning with no action kind in this project, e.g. {g.First().Name}."));
        var (statements, statementProblems) = ImportedStatements.From(document, mapper);
        failures.AddRange(statementProblems);
        var unmappedAuthors = statements.Where(s => s.ParticipantId is null).Select(s => s.Name).Distinct(StringComparer.Ordinal).ToList();
        if (unmappedAuthors.Count > 0)
        {
            failures.Add($"{unmappedAuthors.Count} name(s) of the statements sections map to no participant of {DataSetLoader.ParticipantsFile} (add them to its aliases): " +
                string.Join(", ", unmappedAuthors.Select(n => $"'{n}'")));
        }

        return new CheckedList(actions, statements, pageFailures, unmapped, failures);
    }

    /// <summary>
    /// Merges a checked list into the instrument's rows of the data files in <paramref name="directory"/>, printing
    /// the diff to <paramref name="output"/>. Every row the list gives cites <paramref name="source"/>; the instrument
    /// becomes complete as at <paramref name="asAt"/>, citing <paramref name="completeAsAtSource"/> unless the data
    /// already cites this source for that date (a reviewer may have refined the wording). A row whose facts the list
    /// repeats keeps its source when <paramref name="stillCites"/> accepts it (refresh: an earlier status of the same
    /// page), so that a newer stamp alone does not rewrite every row.
    /// </summary>
    public static MergeResult Merge(
        MtdsgDocument document,
        CheckedList list,
        InstrumentInfo instrument,
        RawCsvFile instruments,
        string directory,
        DateOnly? asAt,
        string source,
        string completeAsAtSource,
        TextWriter output,
        DateOnly today,
        Func<string, bool>? stillCites = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(list);
        ArgumentNullException.ThrowIfNull(instrument);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"instrument {instrument.Id} ({instrument.Mtdsg}); the file is complete as at {(asAt is { } stated ? Day(stated) : "(unknown)")}" +
            (document.Format == MtdsgFormat.Xml ? " (--as-at: XML files carry no date)" : " (STATUS AS AT)"));
        if (asAt is { } d && AsAtProblem(list.Actions, instrument, d) is { } problem)
        {
            return MergeResult.Failed(problem);
        }

        var incoming = list.Actions
            .Select(a => new ActionRow
            {
                Instrument = instrument.Id,
                Participant = a.ParticipantId!,
                Kind = a.Kind!.Value.ToName(),
                Date = a.Date is { } day ? Day(day) : string.Empty,
                Reservations = a.Reservations ? "yes" : "no",
                Basis = ActionMerger.Depositary,
                Exception = string.Empty,
                Recorded = Day(today),
                Source = source,
                Notes = string.Empty,
            })
            .ToList();

        var actionsFile = RawCsvFile.Read<ActionRow>(Path.Combine(directory, DataSetLoader.ActionsFile));
        if (!DataCsv.Fits<ActionRow>(actionsFile.Header))
        {
            return MergeResult.Failed($"{DataSetLoader.ActionsFile} has the columns {string.Join(",", actionsFile.Header)}; the importer knows {string.Join(",", DataCsv.Columns<ActionRow>())}: update it first.");
        }

        var existing = actionsFile.Rows<ActionRow>().Select(r => r.Row).Where(r => r.Instrument == instrument.Id).ToList();
        if (stillCites is not null)
        {
            var cited = existing.Where(e => e.Basis == ActionMerger.Depositary && stillCites(e.Source)).ToLookup(e => e.Key);
            incoming = [.. incoming.Select(r => cited[r.Key].FirstOrDefault(e => r with { Source = e.Source, Recorded = e.Recorded, Notes = e.Notes, Exception = e.Exception } == e) is { } same
                ? r with { Source = same.Source }
                : r)];
        }

        var changes = ActionMerger.Merge(existing, incoming, asAt);
        foreach (var change in changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            output.WriteLine(change);
        }

        var reservationsFile = ReservationsFile(directory);
        if (!DataCsv.Fits<ReservationRow>(reservationsFile.Header))
        {
            return MergeResult.Failed($"{DataSetLoader.ReservationsFile} has the columns {string.Join(",", reservationsFile.Header)}; the importer knows {string.Join(",", DataCsv.Columns<ReservationRow>())}: update it first.");
        }

        var incomingStatements = list.Statements
            .Select(s => new ReservationRow
            {
                Instrument = instrument.Id,
                Participant = s.ParticipantId!,
                Kind = s.Kind.ToName(),
                Occasion = s.Occasion?.ToName() ?? string.Empty,
                Date = s.Date is { } day ? Day(day) : string.Empty,
                Target = s.TargetId ?? string.Empty,
                Heading = s.Heading,
                Text = s.Text,
                Basis = ActionMerger.Depositary,
                Recorded = Day(today),
                Source = source,
                Notes = s.Notes,
            })
            .ToList();
        var existingStatements = reservationsFile.Rows<ReservationRow>().Select(r => r.Row).Where(r => r.Instrument == instrument.Id).ToList();
        if (stillCites is not null)
        {
            var cited = existingStatements.Where(e => e.Basis == ActionMerger.Depositary && stillCites(e.Source)).ToLookup(StatementMerger.Key);
            incomingStatements = [.. incomingStatements.Select(r => cited[StatementMerger.Key(r)].FirstOrDefault(e => r with { Source = e.Source, Recorded = e.Recorded } == e) is { } same
                ? r with { Source = same.Source }
                : r)];
        }

        var statementChanges = StatementMerger.Merge(existingStatements, incomingStatements);

        // A re-import of the same list keeps the wording a reviewer may have refined.
        var asAtSource = asAt is { } same && instrument.CompleteAsAt == Day(same) && instrument.CompleteAsAtSource.StartsWith(source, StringComparison.Ordinal)
            ? instrument.CompleteAsAtSource
            : completeAsAtSource;
        var update = asAt is { } date
            ? DataFilesUpdate.Build(actionsFile, instruments, reservationsFile, instrument.Id, changes, statementChanges, Day(date), asAtSource)
            : null;
        if (update?.InstrumentChange is { } instrumentChange)
        {
            output.WriteLine(instrumentChange);
        }

        output.WriteLine(
            $"{instrument.Id}: {incoming.Count} action(s) in the file: {Count(changes, ChangeKind.Added)} added, {Count(changes, ChangeKind.Changed)} changed, " +
            $"{Count(changes, ChangeKind.Removed)} removed, {Count(changes, ChangeKind.Unchanged)} unchanged; {Count(changes, ChangeKind.Kept)} secondary/inferred row(s) kept.");
        foreach (var change in statementChanges.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            output.WriteLine(change);
        }

        output.WriteLine(
            $"{instrument.Id}: {incomingStatements.Count} statement(s) in the file: {Count(statementChanges, ChangeKind.Added)} added, " +
            $"{Count(statementChanges, ChangeKind.Changed)} changed, {Count(statementChanges, ChangeKind.Removed)} removed, " +
            $"{Count(statementChanges, ChangeKind.Unchanged)} unchanged; {Count(statementChanges, ChangeKind.Kept)} secondary/inferred row(s) kept.");
        return new MergeResult(
            update,
            [],
            new ChangeCounts(Count(changes, ChangeKind.Added), Count(changes, ChangeKind.Changed), Count(changes, ChangeKind.Removed)),
            new ChangeCounts(Count(statementChanges, ChangeKind.Added), Count(statementChanges, ChangeKind.Changed), Count(statementChanges, ChangeKind.Removed)));
    }

    /// <summary>One line on what the list holds: its counts as the header states them and as its rows give them.</summary>
    public static string Describe(string label, MtdsgDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var header = document.Header;
        var (signatories, parties) = StatusCheck.RowCounts(document);
        return $"{label}: MTDSG {(document.Format == MtdsgFormat.Xml ? "XML" : "status page")} {header.Number ?? "(no number)"} " +
            $"\"{header.Title}\"; {document.Rows.Count} participants; signatories {signatories} (header {Stated(header.Signatories)}), " +
            $"parties {parties} (header {Stated(header.Parties)}); {document.Declarations.Count} declaration(s), {document.Objections.Count} objection(s), " +
            $"{document.EndNotes.Count} end note(s)" +
            (header.StatusAsAt is { } stamp ? $"; status as at {Day(stamp)}." : ".");
    }

    /// <summary>reservations.csv, or an empty one where an older data folder has none.</summary>
    public static RawCsvFile ReservationsFile(string directory)
    {
        var path = Path.Combine(directory, DataSetLoader.ReservationsFile);
        return File.Exists(path) ? RawCsvFile.Read<ReservationRow>(path) : RawCsvFile.Empty<ReservationRow>();
    }

    public static string Day(DateOnly date) => IsoDate.Format(date);

    // A date after D means the date is wrong; a D before the data's own means the list is older than what it would replace.
    private static string? AsAtProblem(List<ImportedAction> imported, InstrumentInfo instrument, DateOnly asAt)
    {
        var late = imported.Where(a => a.Date > asAt).ToList();
        if (late.Count > 0)
        {
            return $"the file records {late.Count} action(s) after its as-at date {Day(asAt)}, e.g. {late[0].Name} {Day(late[0].Date!.Value)}: is --as-at right?";
        }

        return IsoDate.ParseDay(instrument.CompleteAsAt) is { } held && held > asAt
            ? $"the data holds {instrument.Id} complete as at {Day(held)}, after this file's {Day(asAt)}; an older list would drop newer depositary rows."
            : null;
    }

    private static string Stated(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static int Count(List<ActionChange> changes, ChangeKind kind) => changes.Count(c => c.Kind == kind);

    private static int Count(List<StatementChange> changes, ChangeKind kind) => changes.Count(c => c.Kind == kind);
}
