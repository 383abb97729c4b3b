using System.Globalization;
using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>
/// <c>import-mtdsg &lt;file&gt;</c>: reads a UN Treaty Collection status file (MTDSG XML or a saved status
/// page) and either merges it into the instrument's rows of <c>data/</c>, printing the diff, or — for a
/// treaty the data does not hold — prints its rows as CSV. Exit codes: 0 success, 1 a check failed
/// (unreadable file, counts, unmapped names, validation), 2 bad usage.
/// </summary>
internal static class ImportMtdsgCommand
{
    public const int Success = 0;
    public const int CheckFailed = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var options = ImportOptions.Parse(args, out var usage);
        if (options is null)
        {
            error.WriteLine($"import-mtdsg: {usage}");
            error.WriteLine(ImportOptions.Usage);
            return UsageError;
        }

        try
        {
            return Run(options, output, error, today);
        }
        catch (MtdsgFormatException ex)
        {
            error.WriteLine($"import-mtdsg: {options.File}: {ex.Message}");
            return CheckFailed;
        }
        catch (UsageException ex)
        {
            error.WriteLine($"import-mtdsg: {ex.Message}");
            return UsageError;
        }
    }

    private static int Run(ImportOptions options, TextWriter output, TextWriter error, DateOnly today)
    {
        if (!File.Exists(options.File))
        {
            throw new UsageException($"no such file: {options.File}");
        }

        var directory = options.DataDirectory ?? DataCommands.DefaultDirectory();
        if (!File.Exists(Path.Combine(directory, DataSetLoader.ParticipantsFile)))
        {
            throw new UsageException($"{directory} is not a data directory (it has no {DataSetLoader.ParticipantsFile}).");
        }

        var document = MtdsgParser.Parse(File.ReadAllBytes(options.File));
        var mapper = ParticipantNameMapper.FromFile(Path.Combine(directory, DataSetLoader.ParticipantsFile));
        var instruments = RawCsvFile.Read(Path.Combine(directory, DataSetLoader.InstrumentsFile));
        var instrument = ResolveInstrument(options, document, instruments);
        var info = instrument is null ? error : output;

        info.WriteLine(Describe(options.File, document));
        var failures = new List<string>(document.Problems);
        failures.AddRange(StatusCheck.Mismatches(document).Select(m => $"the header's Status counts differ from the rows: {m}"));
        var actions = ImportedActions.From(document, mapper);
        foreach (var row in document.Rows.Where(r => r.Withdrawn))
        {
            var denounced = actions.Any(a => a.Name == row.Name && a.Kind == ActionKind.Denunciation);
            info.WriteLine($"withdrawn: {row.Name} ({mapper.Map(row.Name) ?? "unmapped"}) has bracketed dates; " +
                (denounced ? "recorded with an undated denunciation" : "no consent is bracketed, so no denunciation is recorded") +
                (row.Footnotes.Count > 0 ? $"; see footnote(s) {string.Join(", ", row.Footnotes)}" : string.Empty));
        }

        var unmapped = ImportedActions.Unmapped(document, mapper);
        if (instrument is null)
        {
            WriteCsv(actions, output);
            if (unmapped.Count > 0)
            {
                error.WriteLine($"note: {unmapped.Count} name(s) map to no participant of {DataSetLoader.ParticipantsFile}: {string.Join(", ", unmapped.Select(n => $"'{n}'"))}");
            }

            error.WriteLine(document.Header.Number is { } number
                ? $"note: no instrument of {DataSetLoader.InstrumentsFile} has the MTDSG number {number}; printed the rows, wrote nothing."
                : "note: the file gives no MTDSG number and no --instrument was given; printed the rows, wrote nothing.");
            return Fail(failures, error);
        }

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

        if (failures.Count > 0)
        {
            return Fail(failures, error);
        }

        return Merge(options, document, actions, statements, instrument, instruments, directory, output, error, today);
    }

    private static int Merge(
        ImportOptions options,
        MtdsgDocument document,
        List<ImportedAction> imported,
        List<ImportedStatement> statements,
        InstrumentInfo instrument,
        RawCsvFile instruments,
        string directory,
        TextWriter output,
        TextWriter error,
        DateOnly today)
    {
        var asAt = AsAt(options, document);
        if (asAt is null && !options.DryRun)
        {
            throw new UsageException("an XML file carries no as-at date: give --as-at YYYY-MM-DD (the date through which the file is complete) to write, or --dry-run to preview.");
        }

        output.WriteLine($"instrument {instrument.Id} ({instrument.Mtdsg}); the file is complete as at {asAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "(unknown)"}" +
            (document.Format == MtdsgFormat.Xml ? " (--as-at: XML files carry no date)" : " (STATUS AS AT)"));
        if (asAt is { } d && AsAtProblem(imported, instrument, d) is { } problem)
        {
            return Fail([problem], error);
        }

        var source = options.Source ?? Path.GetFileName(options.File);
        var incoming = imported
            .Select(a => new ActionRecord(
                instrument.Id, a.ParticipantId!, a.Kind!.Value.ToName(), a.Date is { } day ? Day(day) : string.Empty,
                a.Reservations ? "yes" : "no", ActionMerger.Depositary, Exception: string.Empty, Recorded: Day(today), source, Notes: string.Empty))
            .ToList();

        var actionsFile = RawCsvFile.Read(Path.Combine(directory, DataSetLoader.ActionsFile));
        if (!ActionRecord.Fits(actionsFile.Header))
        {
            return Fail([$"{DataSetLoader.ActionsFile} has the columns {string.Join(",", actionsFile.Header)}; the importer knows {string.Join(",", ActionRecord.Columns)}: update it first."], error);
        }

        var existing = actionsFile.Records
            .Where(r => r.Cells.Count == actionsFile.Header.Count && ActionRecord.FromCells(actionsFile.Header, r.Cells).Instrument == instrument.Id)
            .Select(r => ActionRecord.FromCells(actionsFile.Header, r.Cells))
            .ToList();
        var changes = ActionMerger.Merge(existing, incoming, asAt);
        foreach (var change in changes.Where(c => c.Kind != ChangeKind.Unchanged))
        {
            output.WriteLine(change);
        }

        var reservationsPath = Path.Combine(directory, DataSetLoader.ReservationsFile);
        var reservationsFile = File.Exists(reservationsPath) ? RawCsvFile.Read(reservationsPath) : RawCsvFile.Empty(DataSetLoader.ReservationColumns);
        if (!StatementRecord.Fits(reservationsFile.Header))
        {
            return Fail([$"{DataSetLoader.ReservationsFile} has the columns {string.Join(",", reservationsFile.Header)}; the importer knows {string.Join(",", DataSetLoader.ReservationColumns)}: update it first."], error);
        }

        var incomingStatements = statements
            .Select(s => new StatementRecord(
                instrument.Id, s.ParticipantId!, s.Kind.ToName(), s.Occasion?.ToName() ?? string.Empty, s.Date is { } day ? Day(day) : string.Empty,
                s.TargetId ?? string.Empty, s.Heading, s.Text, ActionMerger.Depositary, Day(today), source, s.Notes))
            .ToList();
        var existingStatements = reservationsFile.Records
            .Where(r => r.Cells.Count == reservationsFile.Header.Count)
            .Select(r => StatementRecord.FromCells(reservationsFile.Header, r.Cells))
            .Where(r => r.Instrument == instrument.Id)
            .ToList();
        var statementChanges = StatementMerger.Merge(existingStatements, incomingStatements);

        var update = asAt is { } date
            ? DataFilesUpdate.Build(actionsFile, instruments, reservationsFile, instrument.Id, changes, statementChanges, Day(date), CompleteAsAtSource(instrument, document, source, date))
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

        if (options.DryRun)
        {
            output.WriteLine(update is null
                ? "dry run: nothing written. To write, give --as-at YYYY-MM-DD: the date through which this XML file is complete."
                : "dry run: nothing written.");
            return Success;
        }

        if (update!.ActionsText == actionsFile.ToText() && update.InstrumentsText == instruments.ToText()
            && File.Exists(reservationsPath) && update.ReservationsText == reservationsFile.ToText())
        {
            output.WriteLine($"nothing to write: {directory} already holds this list.");
            return Success;
        }

        var problems = DataDirectoryWriter.Write(
            directory,
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                [DataSetLoader.ActionsFile] = update.ActionsText,
                [DataSetLoader.InstrumentsFile] = update.InstrumentsText,
                [DataSetLoader.ReservationsFile] = update.ReservationsText,
            },
            today);
        if (problems.Count > 0)
        {
            return Fail([.. problems.Select(p => p.ToString()), $"the result fails validation ({problems.Count} problem(s)); {directory} was left as it was."], error);
        }

        output.WriteLine(
            $"wrote {Path.Combine(directory, DataSetLoader.ActionsFile)}, {Path.Combine(directory, DataSetLoader.ReservationsFile)} and " +
            $"{Path.Combine(directory, DataSetLoader.InstrumentsFile)}; the data validates.");
        return Success;
    }

    // A date after D means the date is wrong; a D before the data's own means the list is older than what it would replace.
    private static string? AsAtProblem(List<ImportedAction> imported, InstrumentInfo instrument, DateOnly asAt)
    {
        var late = imported.Where(a => a.Date > asAt).ToList();
        if (late.Count > 0)
        {
            return $"the file records {late.Count} action(s) after its as-at date {Day(asAt)}, e.g. {late[0].Name} {Day(late[0].Date!.Value)}: is --as-at right?";
        }

        return DataRules.ParseDay(instrument.CompleteAsAt) is { } held && held > asAt
            ? $"the data holds {instrument.Id} complete as at {Day(held)}, after this file's {Day(asAt)}; an older list would drop newer depositary rows."
            : null;
    }

    private sealed record InstrumentInfo(string Id, string Mtdsg, string CompleteAsAt, string CompleteAsAtSource);

    private static InstrumentInfo? ResolveInstrument(ImportOptions options, MtdsgDocument document, RawCsvFile instruments)
    {
        var (id, mtdsg, asAt, source) = (instruments.Column("id"), instruments.Column("mtdsg"), instruments.Column("complete_as_at"), instruments.Column("complete_as_at_source"));
        var all = instruments.Records.Where(r => r.Cells.Count == instruments.Header.Count)
            .Select(r => new InstrumentInfo(r.Cells[id], r.Cells[mtdsg], r.Cells[asAt], r.Cells[source]))
            .ToList();
        var number = document.Header.Number;
        if (options.Instrument is null)
        {
            return number is null ? null : all.FirstOrDefault(i => string.Equals(i.Mtdsg, number, StringComparison.OrdinalIgnoreCase));
        }

        var chosen = all.FirstOrDefault(i => i.Id == options.Instrument)
            ?? throw new UsageException($"--instrument '{options.Instrument}' is not an id in {DataSetLoader.InstrumentsFile} ({string.Join(", ", all.Select(i => i.Id))}).");
        if (number is not null && !string.Equals(chosen.Mtdsg, number, StringComparison.OrdinalIgnoreCase))
        {
            throw new UsageException($"the file is MTDSG {number}, but --instrument {chosen.Id} is MTDSG {chosen.Mtdsg}.");
        }

        return chosen;
    }

    // The page's stamp and --as-at must agree; an XML file has only --as-at.
    private static DateOnly? AsAt(ImportOptions options, MtdsgDocument document)
    {
        var stamp = document.Header.StatusAsAt;
        if (stamp is not null && options.AsAt is not null && stamp != options.AsAt)
        {
            throw new UsageException($"--as-at {Day(options.AsAt.Value)} differs from the page's STATUS AS AT {Day(stamp.Value)}.");
        }

        return stamp ?? options.AsAt;
    }

    // A re-import of the same list keeps the wording a reviewer may have refined.
    private static string CompleteAsAtSource(InstrumentInfo instrument, MtdsgDocument document, string source, DateOnly asAt)
    {
        if (instrument.CompleteAsAt == Day(asAt) && instrument.CompleteAsAtSource.StartsWith(source, StringComparison.Ordinal))
        {
            return instrument.CompleteAsAtSource;
        }

        return document.Format == MtdsgFormat.Html
            ? $"{source} (UNTC status page {document.Header.Number}, \"STATUS AS AT : {asAt:dd-MM-yyyy}\")"
            : $"{source} (MTDSG XML {document.Header.Number}; the file has no as-at stamp; complete as at {Day(asAt)} per import-mtdsg --as-at)";
    }

    private static string Describe(string file, MtdsgDocument document)
    {
        var header = document.Header;
        var (signatories, parties) = StatusCheck.RowCounts(document);
        return $"{Path.GetFileName(file)}: MTDSG {(document.Format == MtdsgFormat.Xml ? "XML" : "status page")} {header.Number ?? "(no number)"} " +
            $"\"{header.Title}\"; {document.Rows.Count} participants; signatories {signatories} (header {Stated(header.Signatories)}), " +
            $"parties {parties} (header {Stated(header.Parties)}); {document.Declarations.Count} declaration(s), {document.Objections.Count} objection(s), " +
            $"{document.EndNotes.Count} end note(s)" +
            (header.StatusAsAt is { } stamp ? $"; status as at {Day(stamp)}." : ".");
    }

    private static void WriteCsv(IEnumerable<ImportedAction> actions, TextWriter output)
    {
        output.Write(RawCsvFile.Format(["participant_name", "participant_id", "column", "kind", "date", "withdrawn", "footnotes"]));
        foreach (var a in actions)
        {
            output.Write(RawCsvFile.Format([
                a.Name, a.ParticipantId ?? string.Empty, a.Column, a.Kind?.ToName() ?? string.Empty,
                a.Date is { } date ? Day(date) : string.Empty, a.Withdrawn ? "yes" : "no", string.Join(";", a.Footnotes)]));
        }
    }

    private static int Fail(List<string> failures, TextWriter error)
    {
        foreach (var failure in failures)
        {
            error.WriteLine($"import-mtdsg: {failure}");
        }

        return failures.Count > 0 ? CheckFailed : Success;
    }

    private static int Count(List<ActionChange> changes, ChangeKind kind) => changes.Count(c => c.Kind == kind);

    private static int Count(List<StatementChange> changes, ChangeKind kind) => changes.Count(c => c.Kind == kind);

    private static string Stated(int? count) => count?.ToString(CultureInfo.InvariantCulture) ?? "none";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A command-line mistake: exit code 2.</summary>
    private sealed class UsageException(string message) : Exception(message);
}
