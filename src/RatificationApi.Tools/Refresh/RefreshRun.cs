using System.Globalization;
using System.Text;
using RatificationApi.Coverage;
using RatificationApi.Data;
using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Refresh;

/// <summary>
/// The work of <c>refresh</c>: each instrument's page through the importer's pipeline into a scratch copy of the data,
/// validated with the real loader after each instrument so that one bad result cannot poison the others; then one
/// atomic write of what was accepted, with <c>COVERAGE.md</c> regenerated.
/// </summary>
internal static class RefreshRun
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(
        RefreshOptions options, DepositaryClientSettings settings, TextWriter output, TextWriter error, DateOnly today, CancellationToken cancellationToken)
    {
        var directory = options.DataDirectory ?? DataCommands.DefaultDirectory();
        if (!File.Exists(Path.Combine(directory, DataSetLoader.ParticipantsFile)))
        {
            return Usage(error, $"{directory} is not a data directory (it has no {DataSetLoader.ParticipantsFile}).");
        }

        var all = InstrumentInfo.All(RawCsvFile.Read(Path.Combine(directory, DataSetLoader.InstrumentsFile)));
        var unknown = options.Instruments.Where(id => all.All(i => i.Id != id)).ToList();
        if (unknown.Count > 0)
        {
            return Usage(error, $"--instrument {string.Join(", ", unknown.Select(u => $"'{u}'"))}: not an id in {DataSetLoader.InstrumentsFile} ({string.Join(", ", all.Select(i => i.Id))}).");
        }

        try
        {
            // Validated first, so that a bad data folder is reported as such before anything is fetched.
            _ = DataSetLoader.Load(directory, today);
        }
        catch (DataValidationException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"refresh: the data in {directory} fails validation before any refresh; fix it first (validate-data).");
            return RefreshCommand.SomethingFailed;
        }

        var chosen = options.Instruments.Count == 0 ? all : [.. all.Where(i => options.Instruments.Contains(i.Id))];
        if (chosen.FirstOrDefault(i => i.Chapter.Length == 0) is { } unplaced)
        {
            error.WriteLine($"refresh: {DataSetLoader.InstrumentsFile} gives no chapter for {unplaced.Id}, which the page's address needs; fix the data first.");
            return RefreshCommand.SomethingFailed;
        }

        using var workspace = new Workspace(directory);
        using var client = new DepositaryClient(settings, error);
        var countsBefore = await CountsAsync(directory, today, cancellationToken).ConfigureAwait(false);
        var results = new List<InstrumentRefresh>();
        foreach (var instrument in chosen)
        {
            if (results.Count > 0 && settings.Pause > TimeSpan.Zero)
            {
                await Task.Delay(settings.Pause, cancellationToken).ConfigureAwait(false);
            }

            var url = PageUrl(options.BaseUrl, instrument);
            var (id, (partiesBefore, signatoriesBefore)) = (instrument.Id, countsBefore[instrument.Id]);
            InstrumentRefresh Failed(string? statusAsAt, params IEnumerable<string> errors) =>
                new(id, url.AbsoluteUri, RefreshStatus.Failed, statusAsAt, partiesBefore, partiesBefore, signatoriesBefore, signatoriesBefore,
                    RefreshCounts.None, RefreshCounts.None, [.. errors]);

            output.WriteLine($"{id}: GET {url.AbsoluteUri}");
            var page = await client.GetAsync(url, cancellationToken).ConfigureAwait(false);
            var outcome = page.Body is null
                ? Failed(null, $"download failed: {page.Failure}")
                : Refresh(instrument, url, page.Body, workspace, output, today, Failed) with
                {
                    PartiesBefore = partiesBefore,
                    PartiesAfter = partiesBefore,
                    SignatoriesBefore = signatoriesBefore,
                    SignatoriesAfter = signatoriesBefore,
                };
            if (outcome.Status == RefreshStatus.Changed)
            {
                var staged = DataDirectoryWriter.Load(workspace.Path, workspace.Pending, today);
                if (staged.Data is null)
                {
                    outcome = Failed(outcome.StatusAsAt, [
                        $"the result would make the data invalid ({staged.Errors.Count} problem(s)); {id} is left as it was:",
                        .. staged.Errors.Take(5).Select(e => e.ToString())]);
                    workspace.Discard();
                }
                else
                {
                    workspace.Accept();
                    var after = (await CountsAsync(workspace.Path, today, cancellationToken).ConfigureAwait(false))[id];
                    outcome = outcome with { PartiesAfter = after.Parties, SignatoriesAfter = after.Signatories };
                }
            }

            foreach (var failure in outcome.Errors)
            {
                error.WriteLine($"refresh: {id}: {failure}");
            }

            results.Add(outcome);
        }

        var errors = new List<string>();
        var changed = workspace.ChangedFiles();
        if (changed.Count > 0 && options.DryRun)
        {
            output.WriteLine($"dry run: nothing written; {string.Join(", ", changed.Keys)} would change.");
        }
        else if (changed.Count > 0)
        {
            changed[CoverageReport.FileName] = CoverageReport.Render(await CoverageReport.BuildAsync(workspace.Path, today, cancellationToken).ConfigureAwait(false));
            var problems = DataDirectoryWriter.Write(directory, changed, today);
            if (problems.Count > 0)
            {
                errors.AddRange([.. problems.Select(p => p.ToString()), $"writing failed validation ({problems.Count} problem(s)); {directory} was left as it was."]);
                results = [.. results.Select(r => r.Status == RefreshStatus.Changed
                    ? r with { Status = RefreshStatus.Failed, PartiesAfter = r.PartiesBefore, SignatoriesAfter = r.SignatoriesBefore, Errors = ["not written: see the run's errors."] }
                    : r)];
                foreach (var problem in errors)
                {
                    error.WriteLine($"refresh: {problem}");
                }
            }
            else
            {
                output.WriteLine($"wrote {string.Join(", ", changed.Keys.Select(f => Path.Combine(directory, f)))}; the data validates.");
            }
        }

        var exitCode = errors.Count > 0 || results.Any(r => r.Status == RefreshStatus.Failed) ? RefreshCommand.SomethingFailed
            : results.Any(r => r.Status == RefreshStatus.Changed) ? RefreshCommand.DataChanged
            : RefreshCommand.NothingChanged;
        output.WriteLine("summary:");
        foreach (var result in results)
        {
            output.WriteLine(result.Line());
        }

        if (options.SummaryFile is { } file)
        {
            var json = RefreshSummaryJson.Serialize(new RefreshSummary(exitCode, options.DryRun, results, errors));
            await File.WriteAllTextAsync(file, json + "\n", Utf8NoBom, cancellationToken).ConfigureAwait(false);
        }

        return exitCode;
    }

    /// <summary>The depositary's own address pattern for an instrument's status page.</summary>
    public static Uri PageUrl(Uri baseUrl, InstrumentInfo instrument)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        ArgumentNullException.ThrowIfNull(instrument);
        return new Uri(
            $"{baseUrl.AbsoluteUri.TrimEnd('/')}/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={Uri.EscapeDataString(instrument.Mtdsg)}" +
            $"&chapter={Uri.EscapeDataString(instrument.Chapter)}&clang=_en");
    }

    // One page through the importer's pipeline into the workspace's pending texts; nothing is accepted here.
    private static InstrumentRefresh Refresh(
        InstrumentInfo listed, Uri url, byte[] body, Workspace workspace, TextWriter output, DateOnly today, Func<string?, IEnumerable<string>, InstrumentRefresh> failed)
    {
        MtdsgDocument document;
        try
        {
            document = MtdsgParser.Parse(body);
        }
        catch (MtdsgFormatException ex)
        {
            return failed(null, [$"not a status page: {ex.Message}"]);
        }

        output.WriteLine(ImportPipeline.Describe(url.AbsoluteUri, document));
        var stamp = document.Header.StatusAsAt;
        var statusAsAt = stamp is { } s ? RefreshSummary.Day(s) : null;
        if (document.Format != MtdsgFormat.Html || stamp is null)
        {
            return failed(statusAsAt, ["the page carries no \"STATUS AS AT\" date, so it cannot say how complete it is."]);
        }

        if (!string.Equals(document.Header.Number, listed.Mtdsg, StringComparison.OrdinalIgnoreCase))
        {
            return failed(statusAsAt, [$"the page is MTDSG {document.Header.Number ?? "(no number)"}, not {listed.Mtdsg}: the server answered with another treaty's page."]);
        }

        var list = ImportPipeline.Check(document, workspace.Mapper, output);
        if (list.Failures.Count > 0)
        {
            return failed(statusAsAt, list.Failures);
        }

        var instruments = RawCsvFile.Read(Path.Combine(workspace.Path, DataSetLoader.InstrumentsFile));
        var instrument = InstrumentInfo.All(instruments).Single(i => i.Id == listed.Id);
        var source = $"{url.AbsoluteUri} (STATUS AS AT {stamp.Value.ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)})";
        var earlierStatus = $"{url.AbsoluteUri} (STATUS AS AT ";
        var merge = ImportPipeline.Merge(
            document, list, instrument, instruments, workspace.Path, stamp, source, source, output, today, s => s.StartsWith(earlierStatus, StringComparison.Ordinal));
        if (merge.Failures.Count > 0)
        {
            return failed(statusAsAt, merge.Failures);
        }

        var changed = workspace.Stage(merge.Update!.Files);
        return new InstrumentRefresh(
            listed.Id, url.AbsoluteUri, changed ? RefreshStatus.Changed : RefreshStatus.Unchanged, statusAsAt, 0, 0, 0, 0,
            RefreshCounts.From(merge.Actions), RefreshCounts.From(merge.Statements), []);
    }

    // The same numbers as COVERAGE.md's "now": the status fold over every action, today.
    private static async Task<Dictionary<string, (int Parties, int Signatories)>> CountsAsync(string directory, DateOnly today, CancellationToken cancellationToken) =>
        (await CoverageReport.BuildAsync(directory, today, cancellationToken).ConfigureAwait(false))
            .ToDictionary(c => c.Instrument.Id, c => (c.Now.Parties, c.Now.Signatories), StringComparer.Ordinal);

    private static int Usage(TextWriter error, string message)
    {
        error.WriteLine($"refresh: {message}");
        return RefreshCommand.UsageError;
    }

    /// <summary>
    /// A scratch copy of the data files that accepted instruments' texts go into, so that the next instrument merges
    /// into them; the target directory is not touched until the end.
    /// </summary>
    private sealed class Workspace : IDisposable
    {
        private readonly string _target;
        private readonly Dictionary<string, string> _pending = new(StringComparer.Ordinal);

        public Workspace(string target)
        {
            _target = target;
            Path = Directory.CreateTempSubdirectory("refresh-").FullName;
            // The map's geometry too: COVERAGE.md is counted from a database built from the workspace, which needs it.
            foreach (var file in DataSetLoader.Files.Append(MapShapeRow.FileName).Where(f => File.Exists(System.IO.Path.Combine(target, f))))
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.Combine(Path, file))!);
                File.Copy(System.IO.Path.Combine(target, file), System.IO.Path.Combine(Path, file));
            }

            Mapper = ParticipantNameMapper.FromFile(System.IO.Path.Combine(Path, DataSetLoader.ParticipantsFile));
        }

        public string Path { get; }

        public ParticipantNameMapper Mapper { get; }

        /// <summary>The texts staged by the last instrument and not yet accepted.</summary>
        public IReadOnlyDictionary<string, string> Pending => _pending;

        /// <summary>Stages the files whose text differs from the workspace's; true when any does.</summary>
        public bool Stage(IReadOnlyDictionary<string, string> files)
        {
            _pending.Clear();
            foreach (var (file, text) in files)
            {
                if (Read(Path, file) != text)
                {
                    _pending[file] = text;
                }
            }

            return _pending.Count > 0;
        }

        public void Accept()
        {
            foreach (var (file, text) in _pending)
            {
                File.WriteAllText(System.IO.Path.Combine(Path, file), text, Utf8NoBom);
            }

            _pending.Clear();
        }

        public void Discard() => _pending.Clear();

        /// <summary>The workspace's files whose text differs from the target directory's.</summary>
        public Dictionary<string, string> ChangedFiles() =>
            DataSetLoader.Files
                .Where(f => File.Exists(System.IO.Path.Combine(Path, f)) && Read(Path, f) != Read(_target, f))
                .ToDictionary(f => f, f => Read(Path, f)!, StringComparer.Ordinal);

        public void Dispose() => Directory.Delete(Path, recursive: true);

        private static string? Read(string directory, string file) =>
            File.Exists(System.IO.Path.Combine(directory, file)) ? File.ReadAllText(System.IO.Path.Combine(directory, file), Utf8NoBom) : null;
    }
}
