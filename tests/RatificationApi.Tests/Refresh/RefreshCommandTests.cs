using System.Diagnostics;
using System.Text;
using Microsoft.AspNetCore.Http;
using RatificationApi.Coverage;
using RatificationApi.Data;
using RatificationApi.Domain;
using RatificationApi.Importer;
using RatificationApi.Refresh;
using RatificationApi.Tests.Importer;

namespace RatificationApi.Tests.Refresh;

/// <summary><c>refresh</c> end to end against a fake depositary on loopback, on a data directory per test.</summary>
public sealed class RefreshCommandTests : IAsyncLifetime, IDisposable
{
    private const long Cap = 256 * 1024;

    private static readonly DateOnly NewStatus = new(2026, 2, 3);

    private static readonly DepositaryClientSettings Fast = new()
    {
        AttemptTimeout = TimeSpan.FromSeconds(5),
        TotalTimeout = TimeSpan.FromSeconds(20),
        MaxRetries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        MaxRetryDelay = TimeSpan.FromMilliseconds(50),
        MaxBodyBytes = Cap,
        Pause = TimeSpan.Zero,
        Contact = "mailto:tests@example.org",
    };

    private FakeDepositary _depositary = null!;
    private RefreshDataDirectory _data = null!;

    public async Task InitializeAsync()
    {
        _depositary = await FakeDepositary.StartAsync();
        _data = new RefreshDataDirectory(_depositary);
    }

    public async Task DisposeAsync() => await _depositary.DisposeAsync();

    public void Dispose() => _data?.Dispose();

    [Fact]
    public async Task Refresh_EveryPageUnchanged_ExitsZeroAndLeavesTheDataByteIdentical()
    {
        ServeUnchanged();
        var before = _data.Snapshot();

        var (code, output, error) = await Run();

        Assert.Equal((RefreshCommand.NothingChanged, string.Empty), (code, error));
        Assert.Equal(before, _data.Snapshot());
        Assert.Equal([.. _data.Instruments.Select(i => Unchanged(i.Id))], Summary(output));
        Assert.All(_data.Instruments, i => Assert.Equal(1, _depositary.Requests(i.Mtdsg)));
        Assert.Equal(["RatificationApi-refresh/1.0 (+mailto:tests@example.org)"], _depositary.UserAgents.Distinct());
    }

    [Fact]
    public async Task Refresh_PageWithANewParty_AddsExactlyThatRowCitingThePageAndMovesCompleteAsAt()
    {
        ServeUnchanged();
        var cedaw = _data.Instrument("cedaw");
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]));
        var before = _data.Snapshot();
        var (actionsBefore, instrumentsBefore) = (_data.Read(DataSetLoader.ActionsFile), _data.Read(DataSetLoader.InstrumentsFile));
        var citation = Citation("cedaw", NewStatus);
        var added = Written("cedaw", "AND", "accession", "2026-01-15");

        var (code, output, error) = await Run();

        Assert.Equal((RefreshCommand.DataChanged, string.Empty), (code, error));
        Assert.Contains("+ cedaw AND accession 2026-01-15", output);
        Assert.Equal(InsertAfter(actionsBefore, Line("cedaw", "ALB", "ratification", "2002-02-11"), added), _data.Read(DataSetLoader.ActionsFile));
        Assert.Equal(WithCompleteAsAt(instrumentsBefore, "cedaw", "2026-02-03", citation), _data.Read(DataSetLoader.InstrumentsFile));
        await AssertCoverageRegeneratedAsync();
        AssertOnlyChanged(before, DataSetLoader.ActionsFile, DataSetLoader.InstrumentsFile, CoverageReport.FileName);
        Assert.Equal(
            [.. _data.Instruments.Select(i => i.Id == "cedaw"
                ? "cedaw: changed: parties 2 -> 3, signatories 2 -> 2; actions 1 added, 0 changed, 0 removed; statements 0 added, 0 changed, 0 removed; status as at 2026-02-03."
                : Unchanged(i.Id))],
            Summary(output));
    }

    [Fact]
    public async Task Refresh_PageWithAChangedDate_ReplacesThatRowOnly()
    {
        ServeUnchanged();
        var opsc = _data.Instrument("opsc");
        PageRow[] rows = [.. DepositaryPages.Rows.Select(r => r.Id == "AGO" ? r with { Consent = new DateOnly(2005, 4, 14) } : r)];
        _depositary.ServePage(opsc.Mtdsg, DepositaryPages.Build(opsc, NewStatus, rows));
        var before = _data.Snapshot();
        var (actionsBefore, instrumentsBefore) = (_data.Read(DataSetLoader.ActionsFile), _data.Read(DataSetLoader.InstrumentsFile));
        var citation = Citation("opsc", NewStatus);
        var replacement = Written("opsc", "AGO", "accession", "2005-04-14");

        var (code, output, error) = await Run();

        Assert.Equal((RefreshCommand.DataChanged, string.Empty), (code, error));
        Assert.Contains("+ opsc AGO accession 2005-04-14", output);
        Assert.Contains("- opsc AGO accession 2005-04-13 (depositary): not in the depositary file", output);
        Assert.Equal(actionsBefore.Replace(Line("opsc", "AGO", "accession", "2005-04-13"), replacement, StringComparison.Ordinal), _data.Read(DataSetLoader.ActionsFile));
        Assert.Equal(WithCompleteAsAt(instrumentsBefore, "opsc", "2026-02-03", citation), _data.Read(DataSetLoader.InstrumentsFile));
        AssertOnlyChanged(before, DataSetLoader.ActionsFile, DataSetLoader.InstrumentsFile, CoverageReport.FileName);
        Assert.Contains(
            "opsc: changed: parties 2 -> 2, signatories 2 -> 2; actions 1 added, 0 changed, 1 removed; statements 0 added, 0 changed, 0 removed; status as at 2026-02-03.",
            Summary(output));
    }

    [Fact]
    public async Task Refresh_PageWhoseCountsDisagreeWithItsRows_IsRefusedAndTheOthersStillRefresh()
    {
        ServeUnchanged();
        var (untoc, cedaw) = (_data.Instrument("untoc"), _data.Instrument("cedaw"));
        _depositary.ServePage(untoc.Mtdsg, DepositaryPages.Build(untoc, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty], statedParties: 5));
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]));
        var instrumentsBefore = _data.Read(DataSetLoader.InstrumentsFile);
        var actionsBefore = _data.Read(DataSetLoader.ActionsFile);

        var (code, output, error) = await Run();

        Assert.Equal(RefreshCommand.SomethingFailed, code);
        const string Refusal = "the header's Status counts differ from the rows: parties: header 5, rows 3 (-2)";
        Assert.Equal($"refresh: untoc: {Refusal}\n", error);
        Assert.Equal(
            [.. _data.Instruments.Select(i => i.Id switch
            {
                "untoc" => $"untoc: failed: {Refusal}",
                "cedaw" => "cedaw: changed: parties 2 -> 3, signatories 2 -> 2; actions 1 added, 0 changed, 0 removed; statements 0 added, 0 changed, 0 removed; status as at 2026-02-03.",
                _ => Unchanged(i.Id),
            })],
            Summary(output));
        Assert.Equal(WithCompleteAsAt(instrumentsBefore, "cedaw", "2026-02-03", Citation("cedaw", NewStatus)), _data.Read(DataSetLoader.InstrumentsFile));
        Assert.DoesNotContain("untoc,AND", _data.Read(DataSetLoader.ActionsFile), StringComparison.Ordinal);
        Assert.Equal(actionsBefore.Length + Line("cedaw", "AND", "accession", "2026-01-15").Length - OldRecorded.Length + TodayText.Length
            - Citation("cedaw", DepositaryPages.FixtureStatusAsAt).Length + Citation("cedaw", NewStatus).Length, _data.Read(DataSetLoader.ActionsFile).Length);
    }

    [Fact]
    public async Task Refresh_ResultThatWouldMakeTheDataInvalid_IsRefusedAndTheOthersStillRefresh()
    {
        ServeUnchanged();
        var (cedaw, opsc) = (_data.Instrument("cedaw"), _data.Instrument("opsc"));
        // CEDAW was adopted in 1979: a consent in 1975 fails the data's own rules, though the page is consistent.
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty with { Consent = new DateOnly(1975, 1, 1) }]));
        _depositary.ServePage(opsc.Mtdsg, DepositaryPages.Build(opsc, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]));
        var instrumentsBefore = _data.Read(DataSetLoader.InstrumentsFile);

        var (code, output, error) = await Run();

        Assert.Equal(RefreshCommand.SomethingFailed, code);
        var summary = Summary(output);
        Assert.StartsWith("cedaw: failed: the result would make the data invalid (1 problem(s)); cedaw is left as it was: ", summary[3], StringComparison.Ordinal);
        Assert.Contains("before-adoption", summary[3], StringComparison.Ordinal);
        Assert.StartsWith("opsc: changed: parties 2 -> 3,", summary[2], StringComparison.Ordinal);
        Assert.Equal(WithCompleteAsAt(instrumentsBefore, "opsc", "2026-02-03", Citation("opsc", NewStatus)), _data.Read(DataSetLoader.InstrumentsFile));
        Assert.DoesNotContain("cedaw,AND", _data.Read(DataSetLoader.ActionsFile), StringComparison.Ordinal);
        Assert.Contains("opsc,AND", _data.Read(DataSetLoader.ActionsFile), StringComparison.Ordinal);
        Assert.Contains("refresh: cedaw: the result would make the data invalid", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_PageOlderThanTheData_IsRefused()
    {
        ServeUnchanged();
        var cedaw = _data.Instrument("cedaw");
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, new DateOnly(2025, 1, 1), DepositaryPages.Rows));
        var before = _data.Snapshot();

        var (code, output, _) = await Run();

        Assert.Equal(RefreshCommand.SomethingFailed, code);
        Assert.Equal(before, _data.Snapshot());
        Assert.Contains(
            "cedaw: failed: the data holds cedaw complete as at 2025-06-30, after this file's 2025-01-01; an older list would drop newer depositary rows.",
            Summary(output));
    }

    [Fact]
    public async Task Refresh_Http500_RetriesABoundedNumberOfTimesThenFailsThatInstrumentOnly()
    {
        ServeUnchanged();
        var slavery = _data.Instrument("slavery-convention-1956");
        _depositary.Serve(slavery.Mtdsg, FakeDepositary.Answers.Status(500));
        var before = _data.Snapshot();

        var (code, output, error) = await Run();

        Assert.Equal(RefreshCommand.SomethingFailed, code);
        Assert.Equal(before, _data.Snapshot());
        Assert.Equal(1 + Fast.MaxRetries, _depositary.Requests(slavery.Mtdsg));
        Assert.Equal("slavery-convention-1956: failed: download failed: HTTP 500 Internal Server Error (after 3 tries).", Summary(output)[^1]);
        Assert.Equal(4, Summary(output).Count(l => l.Contains(": unchanged: ", StringComparison.Ordinal)));
        Assert.Equal(2, error.Split('\n').Count(l => l.Contains("failed (HTTP 500 Internal Server Error); trying again in", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Refresh_TooManyRequestsWithRetryAfter_WaitsAsToldThenSucceeds()
    {
        ServeUnchanged();
        var cedaw = _data.Instrument("cedaw");
        var page = Encoding.UTF8.GetBytes(DepositaryPages.Build(cedaw, DepositaryPages.FixtureStatusAsAt, DepositaryPages.Rows));
        var asked = 0;
        _depositary.Serve(cedaw.Mtdsg, async context =>
        {
            if (Interlocked.Increment(ref asked) == 1)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                return;
            }

            await context.Response.Body.WriteAsync(page);
        });
        var clock = Stopwatch.StartNew();

        var (code, output, error) = await Run(Fast with { MaxRetryDelay = TimeSpan.FromSeconds(5) });

        Assert.Equal(RefreshCommand.NothingChanged, code);
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1), $"took only {clock.Elapsed}: Retry-After: 1 was not honoured");
        Assert.Equal(2, _depositary.Requests(cedaw.Mtdsg));
        Assert.Contains(Unchanged("cedaw"), Summary(output));
        Assert.Contains("try 1 failed (HTTP 429 Too Many Requests); trying again in 1.0 s.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refresh_ServerThatHangs_GivesUpAfterTheTimeoutsAndFailsThatInstrumentOnly()
    {
        var clock = Stopwatch.StartNew();

        var failure = await OpscFails(FakeDepositary.Answers.Hang, Fast with { AttemptTimeout = TimeSpan.FromMilliseconds(300), MaxRetries = 1 });

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Equal(("download failed: no complete answer within 0.3 s (after 2 tries).", 2), (failure, _depositary.Requests("IV-11-c")));
    }

    [Fact]
    public async Task Refresh_HtmlErrorPageWithStatus200_IsNotAStatusPage()
    {
        var failure = await OpscFails(Page("<!DOCTYPE html><html><head><title>Runtime Error</title></head><body><h1>Server Error in '/' Application.</h1></body></html>"));

        Assert.Equal(
            ("not a status page: The HTML page has no participants grid (no table whose id ends in 'tblgrid'): it is not a treaty status page.", 1),
            (failure, _depositary.Requests("IV-11-c")));
    }

    [Fact]
    public async Task Refresh_TruncatedPage_IsRefused()
    {
        var page = DepositaryPages.Build(_data.Instrument("opsc"), NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]);

        var failure = await OpscFails(Page(page[..page.IndexOf("Andorra", StringComparison.Ordinal)]));

        Assert.Equal("the header's Status counts differ from the rows: parties: header 3, rows 2 (-1)", failure);
    }

    [Fact]
    public async Task Refresh_ConnectionDroppedDuringTheAnswer_IsRetriedThenFails()
    {
        var page = Encoding.UTF8.GetBytes(DepositaryPages.Build(_data.Instrument("opsc"), NewStatus, DepositaryPages.Rows));

        var failure = await OpscFails(FakeDepositary.Answers.CutShort(page));

        Assert.Equal(1 + Fast.MaxRetries, _depositary.Requests("IV-11-c"));
        // The reset may reach the client before the headers do; either way it is a broken connection, retried, then reported.
        Assert.Matches(@"^download failed: (An error occurred while sending the request|the connection broke while reading the body): .+ \(after 3 tries\)\.$", failure);
    }

    [Fact]
    public async Task Refresh_RedirectLoop_FailsWithTheReason()
    {
        var failure = await OpscFails(FakeDepositary.Answers.RedirectToItself);

        Assert.Equal(
            ($"download failed: still redirected after 5 redirect(s) (HTTP 302 to {_depositary.Url("IV-11-c", 4)}): a redirect loop?", 1 + Fast.MaxRedirects),
            (failure, _depositary.Requests("IV-11-c")));
    }

    [Fact]
    public async Task Refresh_EndlessBody_StopsAtTheCapWhileReading()
    {
        var failure = await OpscFails(FakeDepositary.Answers.EndlessBody);

        Assert.Equal(($"download failed: the body is over the cap of {Cap} bytes; stopped reading.", 1), (failure, _depositary.Requests("IV-11-c")));
    }

    [Fact]
    public async Task Refresh_BodyLargerThanTheCap_IsRefusedFromItsContentLength()
    {
        var failure = await OpscFails(async context =>
        {
            context.Response.ContentLength = Cap + 1;
            await context.Response.Body.WriteAsync(new byte[Cap + 1]);
        });

        Assert.Equal($"download failed: the body is {Cap + 1} bytes (Content-Length), over the cap of {Cap} bytes.", failure);
    }

    [Fact]
    public async Task Refresh_DryRun_PrintsTheDiffAndWritesNothing()
    {
        ServeUnchanged();
        var cedaw = _data.Instrument("cedaw");
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]));
        var before = _data.Snapshot();

        var (code, output, error) = await Run(Fast, "--dry-run");

        Assert.Equal((RefreshCommand.DataChanged, string.Empty), (code, error));
        Assert.Equal(before, _data.Snapshot());
        Assert.Contains("+ cedaw AND accession 2026-01-15", output);
        Assert.Contains("dry run: nothing written; instruments.csv, actions.csv would change.", output);
    }

    [Fact]
    public async Task Refresh_Summary_WritesEveryInstrumentAndTheExitCodeAsJson()
    {
        var (cedaw, slavery) = (_data.Instrument("cedaw"), _data.Instrument("slavery-convention-1956"));
        _depositary.ServePage(cedaw.Mtdsg, DepositaryPages.Build(cedaw, NewStatus, [.. DepositaryPages.Rows, DepositaryPages.NewParty]));
        _depositary.Serve(slavery.Mtdsg, FakeDepositary.Answers.Status(503));
        var file = Path.Combine(_data.Path, "..", $"summary-{Guid.NewGuid():N}.json");

        try
        {
            var (code, _, _) = await Run(Fast, "--instrument", "slavery-convention-1956", "--instrument", "cedaw", "--summary", file);

            Assert.Equal(RefreshCommand.SomethingFailed, code);
            Assert.Equal(
                $$"""
                {
                  "exitCode": 1,
                  "dryRun": false,
                  "instruments": [
                    {
                      "id": "cedaw",
                      "url": "{{_depositary.Url(cedaw.Mtdsg, 4)}}",
                      "status": "changed",
                      "statusAsAt": "2026-02-03",
                      "partiesBefore": 2,
                      "partiesAfter": 3,
                      "signatoriesBefore": 2,
                      "signatoriesAfter": 2,
                      "actions": {
                        "added": 1,
                        "changed": 0,
                        "removed": 0
                      },
                      "statements": {
                        "added": 0,
                        "changed": 0,
                        "removed": 0
                      },
                      "errors": []
                    },
                    {
                      "id": "slavery-convention-1956",
                      "url": "{{_depositary.Url(slavery.Mtdsg, 18)}}",
                      "status": "failed",
                      "statusAsAt": null,
                      "partiesBefore": 2,
                      "partiesAfter": 2,
                      "signatoriesBefore": 2,
                      "signatoriesAfter": 2,
                      "actions": {
                        "added": 0,
                        "changed": 0,
                        "removed": 0
                      },
                      "statements": {
                        "added": 0,
                        "changed": 0,
                        "removed": 0
                      },
                      "errors": [
                        "download failed: HTTP 503 Service Unavailable (after 3 tries)."
                      ]
                    }
                  ],
                  "errors": []
                }

                """,
                File.ReadAllText(file));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData("--bogus")]
    [InlineData("--instrument", "no-such-instrument")]
    [InlineData("--base-url", "ftp://example.org")]
    [InlineData("--pause", "-1")]
    public async Task Refresh_BadUsage_ExitsTwoAndWritesNothing(params string[] args)
    {
        var before = _data.Snapshot();

        var (code, _, error) = await Run(Fast, args);

        Assert.Equal(RefreshCommand.UsageError, code);
        Assert.NotEqual(string.Empty, error);
        Assert.Equal(before, _data.Snapshot());
        Assert.Equal(0, _data.Instruments.Sum(i => _depositary.Requests(i.Mtdsg)));
    }

    [Fact]
    public async Task Refresh_Help_ListsTheOptionsAndTheExitCodes()
    {
        var (code, output, error) = await Run(Fast, "--help");

        Assert.Equal((RefreshCommand.NothingChanged, string.Empty), (code, error));
        var help = string.Join("\n", output);
        Assert.Contains("Exit codes: 0 nothing changed; 1 something failed (the other instruments' changes are still written); 2 bad usage; 3 data changed and nothing failed.", help, StringComparison.Ordinal);
        Assert.All(["--instrument <id>", "--base-url <url>", "--data <dir>", "--dry-run", "--summary <file.json>", "--pause <seconds>", "--contact <url-or-email>"],
            option => Assert.Contains(option, help, StringComparison.Ordinal));
        Assert.Equal(0, _data.Instruments.Sum(i => _depositary.Requests(i.Mtdsg)));
    }

    public static TheoryData<string> RealOpscPage()
    {
        var data = new TheoryData<string>();
        if (ImporterTestFiles.SharedMtdsg is { } shared && File.Exists(Path.Combine(shared, "IV-11-c.ViewDetails.2026-02-03.html")))
        {
            data.Add(Path.Combine(shared, "IV-11-c.ViewDetails.2026-02-03.html"));
        }

        return data;
    }

    /// <summary>A page the project has never seen, in the depositary's format: the real OPSC page, on a copy of data/.</summary>
    [OptionalDataTheory]
    [MemberData(nameof(RealOpscPage))]
    public async Task Refresh_RealOpscPage_OnACopyOfTheData_MakesOpscCompleteAsAtTheStatusDate(string page)
    {
        using var copy = new CopiedData();
        var opsc = InstrumentInfo.All(RawCsvFile.Read(Path.Combine(copy.Path, DataSetLoader.InstrumentsFile))).Single(i => i.Id == "opsc");
        _depositary.ServeBytes(opsc.Mtdsg, File.ReadAllBytes(page));
        var before = copy.Snapshot();
        var citation = $"{_depositary.Url(opsc.Mtdsg, 4)} (STATUS AS AT 03-02-2026)";

        var (code, output, error) = await Run(Fast with { MaxBodyBytes = new DepositaryClientSettings().MaxBodyBytes }, "--instrument", "opsc", "--data", copy.Path);

        Assert.Equal((RefreshCommand.DataChanged, string.Empty), (code, error));
        Assert.Matches(@"^opsc: changed: parties \d+ -> 178, signatories \d+ -> 122; ", Summary(output).Single());
        var instruments = RawCsvFile.Read(Path.Combine(copy.Path, DataSetLoader.InstrumentsFile));
        var row = InstrumentInfo.All(instruments).Single(i => i.Id == "opsc");
        Assert.Equal(("2026-02-03", citation), (row.CompleteAsAt, row.CompleteAsAtSource));
        Assert.Equal(Others(before, DataSetLoader.InstrumentsFile, "opsc"), Others(copy.Snapshot(), DataSetLoader.InstrumentsFile, "opsc"));
        Assert.Equal(Others(before, DataSetLoader.ActionsFile, "opsc"), Others(copy.Snapshot(), DataSetLoader.ActionsFile, "opsc"));
        Assert.Equal(Others(before, DataSetLoader.ReservationsFile, "opsc"), Others(copy.Snapshot(), DataSetLoader.ReservationsFile, "opsc"));
        var actions = RawCsvFile.Read<ActionRow>(Path.Combine(copy.Path, DataSetLoader.ActionsFile));
        Assert.All(
            actions.Rows<ActionRow>().Select(r => r.Row).Where(a => a.Instrument == "opsc" && a.Basis == "depositary"),
            a => Assert.Equal(citation, a.Source));
        var covered = await CoverageReport.BuildAsync(copy.Path, RefreshDataDirectory.Today);
        Assert.Equal(CoverageReport.Render(covered), File.ReadAllText(Path.Combine(copy.Path, CoverageReport.FileName)));
        var coverage = covered.Single(c => c.Instrument.Id == "opsc");
        Assert.Equal((178, 122), (coverage.Now.Parties, coverage.Now.Signatories));
        foreach (var file in before.Keys.Except([DataSetLoader.InstrumentsFile, DataSetLoader.ActionsFile, DataSetLoader.ReservationsFile, CoverageReport.FileName]))
        {
            Assert.True(before[file] == copy.Snapshot()[file], $"{file} changed");
        }
    }

    private static string TodayText => RefreshDataDirectory.Day(RefreshDataDirectory.Today);

    private static string OldRecorded => RefreshDataDirectory.OldRecorded;

    private static IReadOnlyList<string> ActionsHeader => RawCsvFile.Read(Path.Combine(ImporterTestFiles.RealData, DataSetLoader.ActionsFile)).Header;

    private async Task<(int Code, string[] Output, string Error)> Run(DepositaryClientSettings? settings = null, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        string[] data = args.Contains("--data") ? [] : ["--data", _data.Path];
        var code = await RefreshCommand.RunAsync(
            ["refresh", "--base-url", _depositary.BaseUrl.AbsoluteUri, .. data, .. args], output, error, RefreshDataDirectory.Today, settings ?? Fast);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    /// <summary>
    /// Runs with every page unchanged but OPSC's, answered by <paramref name="answer"/>; checks that OPSC alone failed and
    /// nothing was written, and returns OPSC's reason.
    /// </summary>
    private async Task<string> OpscFails(RequestDelegate answer, DepositaryClientSettings? settings = null)
    {
        ServeUnchanged();
        _depositary.Serve("IV-11-c", answer);
        var before = _data.Snapshot();

        var (code, output, error) = await Run(settings ?? Fast);

        Assert.Equal(RefreshCommand.SomethingFailed, code);
        Assert.Equal(before, _data.Snapshot());
        var summary = Summary(output);
        Assert.Equal([.. _data.Instruments.Where(i => i.Id != "opsc").Select(i => Unchanged(i.Id))], summary.Where(l => !l.StartsWith("opsc: ", StringComparison.Ordinal)));
        const string Failed = "opsc: failed: ";
        var line = Assert.Single(summary, l => l.StartsWith(Failed, StringComparison.Ordinal));
        Assert.Contains($"refresh: opsc: {line[Failed.Length..]}", error, StringComparison.Ordinal);
        return line[Failed.Length..];
    }

    private static RequestDelegate Page(string html) => async context =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html);
    };

    private void ServeUnchanged()
    {
        foreach (var instrument in _data.Instruments)
        {
            _depositary.ServePage(instrument.Mtdsg, DepositaryPages.Build(instrument, DepositaryPages.FixtureStatusAsAt, DepositaryPages.Rows));
        }
    }

    private string Citation(string instrument, DateOnly status) => RefreshDataDirectory.Citation(_depositary, _data.Instrument(instrument), status);

    /// <summary>A fixture row as the data directory holds it.</summary>
    private string Line(string instrument, string participant, string kind, string date) =>
        Row(instrument, participant, kind, date, DepositaryPages.FixtureStatusAsAt, OldRecorded);

    /// <summary>A row as refresh writes it from a page as at <see cref="NewStatus"/>, today.</summary>
    private string Written(string instrument, string participant, string kind, string date) =>
        Row(instrument, participant, kind, date, NewStatus, TodayText);

    private string Row(string instrument, string participant, string kind, string date, DateOnly status, string recorded) =>
        DataCsv.Format(
            RefreshDataDirectory.Action(instrument, participant, kind, IsoDate.ParseDay(date)!.Value, Citation(instrument, status), recorded),
            ActionsHeader);

    private static string InsertAfter(string text, string line, string inserted)
    {
        var at = text.IndexOf(line, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{line}' is not in the text");
        return text.Insert(at + line.Length, inserted);
    }

    private static string WithCompleteAsAt(string instrumentsText, string id, string date, string source)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, instrumentsText);
            var file = RawCsvFile.Read(path);
            var (idColumn, asAt, from) = (file.Column("id"), file.Column("complete_as_at"), file.Column("complete_as_at_source"));
            return file.ToText(file.Records.Select(r =>
            {
                if (r.Cells[idColumn] != id)
                {
                    return r;
                }

                var cells = r.Cells.ToArray();
                (cells[asAt], cells[from]) = (date, source);
                return new RawCsvRecord(cells, DataCsv.FormatCells(cells));
            }));
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string Unchanged(string id) =>
        $"{id}: unchanged: parties 2 -> 2, signatories 2 -> 2; actions 0 added, 0 changed, 0 removed; statements 0 added, 0 changed, 0 removed; status as at 2025-06-30.";

    private static string[] Summary(string[] output) => output[(Array.LastIndexOf(output, "summary:") + 1)..];

    private async Task AssertCoverageRegeneratedAsync() =>
        Assert.Equal(
            CoverageReport.Render(await CoverageReport.BuildAsync(_data.Path, RefreshDataDirectory.Today)),
            _data.Read(CoverageReport.FileName));

    private void AssertOnlyChanged(Dictionary<string, string> before, params string[] changed)
    {
        var after = _data.Snapshot();
        Assert.Equal(before.Keys.Union(changed).Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        foreach (var file in before.Keys.Except(changed))
        {
            Assert.True(before[file] == after[file], $"{file} changed");
        }
    }

    /// <summary>A data file's records of every instrument but one, by their exact text.</summary>
    private static List<string> Others(Dictionary<string, string> snapshot, string file, string instrument)
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, Convert.FromHexString(snapshot[file]));
            var csv = RawCsvFile.Read(path);
            var column = csv.Column(file == DataSetLoader.InstrumentsFile ? "id" : "instrument");
            return [.. csv.Records.Where(r => r.Cells[column] != instrument).Select(r => r.Raw)];
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A plain copy of the repository's data/ (with COVERAGE.md), for the real page.</summary>
    private sealed class CopiedData : IDisposable
    {
        public CopiedData()
        {
            Path = Directory.CreateTempSubdirectory("refresh-real-").FullName;
            foreach (var file in Directory.GetFiles(ImporterTestFiles.RealData))
            {
                File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
            }

            // The map's geometry, which the database COVERAGE.md is counted from needs.
            Directory.CreateDirectory(System.IO.Path.Combine(Path, "geo"));
            File.Copy(System.IO.Path.Combine(ImporterTestFiles.RealData, MapShapeRow.FileName), System.IO.Path.Combine(Path, MapShapeRow.FileName));
        }

        public string Path { get; }

        public Dictionary<string, string> Snapshot() =>
            Directory.GetFiles(Path).ToDictionary(f => System.IO.Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
