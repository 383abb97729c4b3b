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

        info.WriteLine(ImportPipeline.Describe(Path.GetFileName(options.File), document));
        var list = ImportPipeline.Check(document, mapper, info);
        if (instrument is null)
        {
            WriteCsv(list.Actions, output);
            if (list.Unmapped.Count > 0)
            {
                error.WriteLine($"note: {list.Unmapped.Count} name(s) map to no participant of {DataSetLoader.ParticipantsFile}: {string.Join(", ", list.Unmapped.Select(n => $"'{n}'"))}");
            }

            error.WriteLine(document.Header.Number is { } number
                ? $"note: no instrument of {DataSetLoader.InstrumentsFile} has the MTDSG number {number}; printed the rows, wrote nothing."
                : "note: the file gives no MTDSG number and no --instrument was given; printed the rows, wrote nothing.");
            return Fail(list.PageFailures, error);
        }

        if (list.Failures.Count > 0)
        {
            return Fail(list.Failures, error);
        }

        var asAt = AsAt(options, document);
        if (asAt is null && !options.DryRun)
        {
            throw new UsageException("an XML file carries no as-at date: give --as-at YYYY-MM-DD (the date through which the file is complete) to write, or --dry-run to preview.");
        }

        var source = options.Source ?? Path.GetFileName(options.File);
        var merge = ImportPipeline.Merge(
            document, list, instrument, instruments, directory, asAt, source, asAt is { } d ? CompleteAsAtSource(document, source, d) : string.Empty, output, today);
        if (merge.Failures.Count > 0)
        {
            return Fail(merge.Failures, error);
        }

        if (options.DryRun)
        {
            output.WriteLine(merge.Update is null
                ? "dry run: nothing written. To write, give --as-at YYYY-MM-DD: the date through which this XML file is complete."
                : "dry run: nothing written.");
            return Success;
        }

        var update = merge.Update!;
        if (update.ActionsText == RawCsvFile.Read(Path.Combine(directory, DataSetLoader.ActionsFile)).ToText() && update.InstrumentsText == instruments.ToText()
            && File.Exists(Path.Combine(directory, DataSetLoader.ReservationsFile)) && update.ReservationsText == ImportPipeline.ReservationsFile(directory).ToText())
        {
            output.WriteLine($"nothing to write: {directory} already holds this list.");
            return Success;
        }

        var problems = DataDirectoryWriter.Write(directory, update.Files, today);
        if (problems.Count > 0)
        {
            return Fail([.. problems.Select(p => p.ToString()), $"the result fails validation ({problems.Count} problem(s)); {directory} was left as it was."], error);
        }

        output.WriteLine(
            $"wrote {Path.Combine(directory, DataSetLoader.ActionsFile)}, {Path.Combine(directory, DataSetLoader.ReservationsFile)} and " +
            $"{Path.Combine(directory, DataSetLoader.InstrumentsFile)}; the data validates.");
        return Success;
    }

    private static InstrumentInfo? ResolveInstrument(ImportOptions options, MtdsgDocument document, RawCsvFile instruments)
    {
        var all = InstrumentInfo.All(instruments);
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

    private static string CompleteAsAtSource(MtdsgDocument document, string source, DateOnly asAt) =>
        document.Format == MtdsgFormat.Html
            ? $"{source} (UNTC status page {document.Header.Number}, \"STATUS AS AT : {asAt:dd-MM-yyyy}\")"
            : $"{source} (MTDSG XML {document.Header.Number}; the file has no as-at stamp; complete as at {Day(asAt)} per import-mtdsg --as-at)";

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

    private static string Day(DateOnly date) => ImportPipeline.Day(date);

    /// <summary>A command-line mistake: exit code 2.</summary>
    private sealed class UsageException(string message) : Exception(message);
}
