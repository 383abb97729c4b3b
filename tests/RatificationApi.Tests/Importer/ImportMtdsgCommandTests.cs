using RatificationApi.Data;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>The command end to end, on a temp data directory per test.</summary>
public sealed class ImportMtdsgCommandTests : IDisposable
{
    private const string OpscFile = "IV-11-c-small.en.xml";

    private static readonly string[] ExpectedOpscDiff =
    [
        "~ opsc AFG accession 2002-09-19: reservations unknown -> yes; source 'old-source' -> 'src'",
        "~ opsc BHS accession 2015-09-28: reservations unknown -> yes; basis secondary -> depositary; source 'https://example.org/bhs, a press release' -> 'src'",
        "+ opsc DJI accession 2011-04-27",
        "- opsc DNK accession 2003-07-24 (depositary): not in the depositary file",
        "= opsc FJI consent 2021 (secondary): dated after 2018-01-15",
        "- opsc MHL consent (undated) (inferred): superseded by the depositary's accession 2017-03-10",
        "+ opsc MHL accession 2017-03-10",
        "- opsc SLB accession 2016-08 (secondary): dated on or before 2018-01-15, and the depositary's list complete at that date lacks it",
        "= opsc SSD consent (undated) (inferred): undated; the file cannot speak for it",
        "~ instrument opsc: complete_as_at 2010-01-01 -> 2018-01-15; complete_as_at_source 'old list' -> " +
            "'src (MTDSG XML IV-11-c; the file has no as-at stamp; complete as at 2018-01-15 per import-mtdsg --as-at)'",
        "opsc: 6 action(s) in the file: 2 added, 2 changed, 3 removed, 2 unchanged; 2 secondary/inferred row(s) kept.",
        "~ statement opsc AFG declaration upon accession: \"Afghanistan declares.\": source 'old-source' -> 'src'",
        "+ statement opsc BHS reservation upon accession: \"The Bahamas reserves. A second paragraph.\"",
        "+ statement opsc ALB objection 2016-10-04 concerning BHS: \"Albania objects.\"",
        "- statement opsc BHS reservation (no text) (secondary): superseded by the depositary's reservation of BHS",
        "- statement opsc DNK reservation upon accession: \"Denmark reserves.\" (depositary): not in the depositary file",
        "= statement opsc MHL declaration (no text) (secondary): the file has no statement of this participant and kind",
        "opsc: 4 statement(s) in the file: 2 added, 1 changed, 2 removed, 1 unchanged; 1 secondary/inferred row(s) kept.",
    ];

    private readonly TestDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private (int Code, string[] Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = ImportMtdsgCommand.Run([.. args, "--data", _data.Path], output, error, TestDataDirectory.Today);
        return (code, output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), error.ToString());
    }

    [Fact]
    public void DryRun_SmallOpscList_PrintsEveryMergeRuleAndWritesNothing()
    {
        var before = _data.Snapshot();

        var (code, output, error) = Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--source", "src", "--dry-run");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Equal([.. ExpectedOpscDiff, "dry run: nothing written."], output[2..]);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Write_SmallOpscList_RewritesTheBlockAndKeepsOtherRowsByteIdentical()
    {
        var instrumentsBefore = _data.Read("instruments.csv");

        var (code, output, error) = Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--source", "src");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.StartsWith("wrote ", output[^1], StringComparison.Ordinal);
        var today = TestDataDirectory.TodayText;
        Assert.Equal(
            TestDataDirectory.ActionsHeader +
            TestDataDirectory.Line("cedaw", "AFG", "signature", "1980-08-14", "no", "depositary", "old") +
            TestDataDirectory.Line("cedaw", "AFG", "ratification", "2003-03-05", "no", "depositary", "old") +
            TestDataDirectory.Line("opsc", "AFG", "accession", "2002-09-19", "yes", "depositary", "src", "a note to keep", today) +
            TestDataDirectory.Line("opsc", "ALB", "signature", "2000-09-07", "no", "depositary", "src") +
            TestDataDirectory.Line("opsc", "ALB", "ratification", "2008-02-05", "no", "depositary", "src") +
            TestDataDirectory.Line("opsc", "BHS", "accession", "2015-09-28", "yes", "depositary", "src", recorded: today) +
            TestDataDirectory.Line("opsc", "DJI", "accession", "2011-04-27", "no", "depositary", "src", recorded: today) +
            TestDataDirectory.Line("opsc", "FJI", "consent", "2021", "unknown", "secondary", "wpdl") +
            TestDataDirectory.Line("opsc", "MHL", "accession", "2017-03-10", "no", "depositary", "src", recorded: today) +
            TestDataDirectory.Line("opsc", "SSD", "consent", string.Empty, "unknown", "inferred", "by elimination") +
            TestDataDirectory.OtherInstrumentRow,
            _data.Read("actions.csv"));
        Assert.Equal(
            TestDataDirectory.ReservationsHeader +
            TestDataDirectory.OtherInstrumentStatement +
            TestDataDirectory.Statement("opsc", "AFG", "declaration", "accession", "", "", "Declaration:", "Afghanistan declares.", "depositary", "src", recorded: today) +
            TestDataDirectory.Statement("opsc", "ALB", "objection", "", "2016-10-04", "BHS", "With regard to the reservation made by the Bahamas upon accession:", "Albania objects.", "depositary", "src", recorded: today) +
            TestDataDirectory.Statement("opsc", "ALB", "territorial_application", "", "2008-02-05", "", "", "All its territories", "depositary", "src") +
            TestDataDirectory.Statement("opsc", "BHS", "reservation", "accession", "", "", "Reservation:", "The Bahamas reserves.\nA second paragraph.", "depositary", "src", recorded: today) +
            TestDataDirectory.Statement("opsc", "MHL", "declaration", "", "", "", "", "", "secondary", "press", "the text was not seen"),
            _data.Read("reservations.csv"));
        var changedInstrumentLines = instrumentsBefore.Split('\n').Except(_data.Read("instruments.csv").Split('\n')).ToList();
        Assert.StartsWith("opsc,", Assert.Single(changedInstrumentLines), StringComparison.Ordinal);
        Assert.Contains(
            ",2018-01-15,src (MTDSG XML IV-11-c; the file has no as-at stamp; complete as at 2018-01-15 per import-mtdsg --as-at),",
            _data.Read("instruments.csv"),
            StringComparison.Ordinal);
        DataSetLoader.Load(_data.Path, TestDataDirectory.Today);
    }

    [Fact]
    public void Write_SameListTwice_SecondRunChangesNothing()
    {
        Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--source", "src");
        var after = _data.Snapshot();

        var (code, output, _) = Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--source", "src");

        Assert.Equal(0, code);
        Assert.Contains("opsc: 6 action(s) in the file: 0 added, 0 changed, 0 removed, 6 unchanged; 2 secondary/inferred row(s) kept.", output);
        Assert.Contains("opsc: 4 statement(s) in the file: 0 added, 0 changed, 0 removed, 4 unchanged; 1 secondary/inferred row(s) kept.", output);
        Assert.Equal($"nothing to write: {_data.Path} already holds this list.", output[^1]);
        Assert.Equal(after, _data.Snapshot());
    }

    [Fact]
    public void Write_StatementRetypedOnly_ChangedInPlaceWithTheNewWording()
    {
        // The data holds the statement as an older reading gave it: straight quotes, "...", two spaces. The file has it
        // as the depositary types it now: the control bytes and the bare "&" are curly quotes, an apostrophe and "…".
        WriteOpscStatement("\"Afghanistan's declaration ...  in full.\"");
        var file = _data.WriteInput("retyped.en.xml", ImporterTestFiles.FixtureWith(OpscFile, "Afghanistan declares.", "\u001CAfghanistan\u0019s declaration & in full.\u001D"));

        var (code, output, error) = Run(file, "--as-at", "2018-01-15", "--source", "src");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains(
            "~ statement opsc AFG declaration upon accession: \"\u201CAfghanistan\u2019s declaration \u2026 in full.\u201D\": " +
            "text retyped (typography only), first at character 1: '\"Afghanistan' -> '\u201CAfghanistan'; source 'old-source' -> 'src'",
            output);
        Assert.DoesNotContain(output, l => l.StartsWith("+ statement opsc AFG", StringComparison.Ordinal) || l.StartsWith("- statement opsc AFG", StringComparison.Ordinal));
        Assert.Contains(
            TestDataDirectory.Statement("opsc", "AFG", "declaration", "accession", "", "", "Declaration:", "\u201CAfghanistan\u2019s declaration \u2026 in full.\u201D",
                "depositary", "src", recorded: TestDataDirectory.TodayText),
            _data.Read("reservations.csv"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void DryRun_StatementReworded_RemovedAndAddedNotRetyped()
    {
        WriteOpscStatement("Afghanistan declared.");

        var (code, output, error) = Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--source", "src", "--dry-run");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("+ statement opsc AFG declaration upon accession: \"Afghanistan declares.\"", output);
        Assert.Contains("- statement opsc AFG declaration upon accession: \"Afghanistan declared.\" (depositary): not in the depositary file", output);
    }

    // The data's only OPSC statement: Afghanistan's declaration, with the given text.
    private void WriteOpscStatement(string text) => File.WriteAllText(
        _data.File("reservations.csv"),
        TestDataDirectory.ReservationsHeader + TestDataDirectory.OtherInstrumentStatement +
        TestDataDirectory.Statement("opsc", "AFG", "declaration", "accession", "", "", "Declaration:", text, "depositary", "old-source"));

    [Fact]
    public void Write_StatusPage_TakesAsAtFromTheStampAndRecordsTheWithdrawal()
    {
        var (code, output, error) = Run(ImporterTestFiles.Fixture("IV-8.status-page.html"), "--source", "page");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.Contains("instrument cedaw (IV-8); the file is complete as at 2026-02-03 (STATUS AS AT)", output);
        Assert.Contains("withdrawn: United States of America (USA) has bracketed dates; recorded with an undated denunciation; see footnote(s) 3, 7", output);
        var actions = _data.Read("actions.csv");
        var today = TestDataDirectory.TodayText;
        Assert.Contains(TestDataDirectory.Line("cedaw", "AFG", "signature", "1980-08-14", "yes", "depositary", "page", recorded: today), actions, StringComparison.Ordinal);
        Assert.Contains(TestDataDirectory.Line("cedaw", "AUS", "signature", "1980-07-17", "no", "depositary", "page", recorded: today), actions, StringComparison.Ordinal);
        Assert.Contains(TestDataDirectory.Line("cedaw", "AUS", "ratification", "1983-07-28", "yes", "depositary", "page", recorded: today), actions, StringComparison.Ordinal);
        Assert.Contains(TestDataDirectory.Line("cedaw", "TUR", "accession", "1985-12-20", "no", "depositary", "page", recorded: today), actions, StringComparison.Ordinal);
        Assert.Contains(
            TestDataDirectory.Line("cedaw", "USA", "denunciation", string.Empty, "no", "depositary", "page", recorded: today) +
            TestDataDirectory.Line("cedaw", "USA", "accession", "1990-01-01", "no", "depositary", "page", recorded: today),
            actions,
            StringComparison.Ordinal);
        Assert.Contains("2026-02-03,\"page (UNTC status page IV-8, \"\"STATUS AS AT : 03-02-2026\"\")\"", _data.Read("instruments.csv"), StringComparison.Ordinal);
        Assert.Contains("- statement cedaw AFG reservation upon ratification: \"Line one. Line two.\" (depositary): not in the depositary file", output);
        var reservations = _data.Read("reservations.csv");
        Assert.StartsWith(
            TestDataDirectory.ReservationsHeader +
            TestDataDirectory.Statement("cedaw", "AFG", "declaration", "signature", "", "", "Declaration made upon signature and confirmed upon ratification:",
                "The Government of Afghanistan declares.", "depositary", "page", recorded: today) +
            TestDataDirectory.Statement("cedaw", "AUS", "reservation", "ratification", "", "", "Reservations:",
                "\"The Government of Australia states that maternity leave & pay is provided.\"\nIt applies inter alia to the States.", "depositary", "page", recorded: today) +
            TestDataDirectory.Statement("cedaw", "AUS", "objection", "", "1994-10-26", "AFG", "With regard to the reservations made by Afghanistan upon ratification:",
                "Australia objects.", "depositary", "page", recorded: today) +
            TestDataDirectory.Statement("opsc", "AFG", "declaration", "accession", "", "", "Declaration:", "Afghanistan declares.", "depositary", "old-source"),
            reservations,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Run_HeaderCountsDiffer_FailsSayingByHowMuchAndWritesNothing()
    {
        var before = _data.Snapshot();
        var file = _data.WriteInput(OpscFile, ImporterTestFiles.FixtureWith(OpscFile, "<Parties>5</Parties>", "<Parties>6</Parties>"));

        var (code, _, error) = Run(file, "--as-at", "2018-01-15");

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Contains("parties: header 6, rows 5 (-1)", error, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_UnmappedName_FailsListingItAndWritesNothing()
    {
        var before = _data.Snapshot();
        var file = _data.WriteInput(OpscFile, ImporterTestFiles.FixtureWith(OpscFile, "<Entry>Djibouti</Entry>", "<Entry>Atlantis&lt;superscript&gt;3&lt;/superscript&gt;</Entry>"));

        var (code, _, error) = Run(file, "--as-at", "2018-01-15");

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Contains("1 participant name(s) map to no participant of participants.csv (add them to its aliases): 'Atlantis'", error, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_ResultFailsValidation_PrintsTheErrorsAndLeavesTheFilesAsTheyWere()
    {
        var before = _data.Snapshot();
        var bytes = ImporterTestFiles.FixtureWith(OpscFile, "<Entry>7 Sep 2000</Entry>", "<Entry />");
        var text = System.Text.Encoding.Latin1.GetString(bytes).Replace("<Signatories>1</Signatories>", "<Signatories>0</Signatories>", StringComparison.Ordinal);
        var file = _data.WriteInput(OpscFile, System.Text.Encoding.Latin1.GetBytes(text));

        var (code, _, error) = Run(file, "--as-at", "2018-01-15");

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Contains("[consent-without-signature]", error, StringComparison.Ordinal);
        Assert.Contains("was left as it was", error, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_FileOlderThanTheDataIsComplete_Refused()
    {
        using var newer = new TestDataDirectory(opscCompleteAsAt: "2019-01-01");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ImportMtdsgCommand.Run([ImporterTestFiles.Fixture(OpscFile), "--as-at", "2018-01-15", "--data", newer.Path], output, error, TestDataDirectory.Today);

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Contains("complete as at 2019-01-01, after this file's 2018-01-15", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AsAtBeforeTheFilesLastAction_Refused()
    {
        var (code, _, error) = Run(ImporterTestFiles.Fixture(OpscFile), "--as-at", "2017-01-01", "--dry-run");

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Contains("after its as-at date 2017-01-01, e.g. Marshall Islands 2017-03-10: is --as-at right?", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_XmlWithoutAsAt_WritingIsAUsageError()
    {
        var before = _data.Snapshot();

        var (code, _, error) = Run(ImporterTestFiles.Fixture(OpscFile));

        Assert.Equal(ImportMtdsgCommand.UsageError, code);
        Assert.Contains("an XML file carries no as-at date: give --as-at YYYY-MM-DD", error, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void DryRun_XmlWithoutAsAt_PrintsTheDiffAndSaysWhatIsMissing()
    {
        var (code, output, _) = Run(ImporterTestFiles.Fixture(OpscFile), "--source", "src", "--dry-run");

        Assert.Equal(0, code);
        Assert.Contains("= opsc SLB accession 2016-08 (secondary): the as-at date is unknown", output);
        Assert.Equal("dry run: nothing written. To write, give --as-at YYYY-MM-DD: the date through which this XML file is complete.", output[^1]);
    }

    [Fact]
    public void Run_NoMatchingInstrument_PrintsRowsAsCsvAndWritesNothing()
    {
        var before = _data.Snapshot();

        var (code, output, error) = Run(ImporterTestFiles.Fixture("succession-to-signature.en.xml"));

        Assert.Equal(0, code);
        Assert.Equal(
            [
                "participant_name,participant_id,column,kind,date,withdrawn,footnotes",
                "Bosnia and Herzegovina,BIH,\"Signature, Succession to signature(d)\",signature,1993-09-01,no,",
                "Bosnia and Herzegovina,BIH,\"Ratification, Accession(a)\",ratification,1994-01-12,no,",
                "Argentina,ARG,\"Signature, Succession to signature(d)\",signature,1963-04-24,no,",
                "Paraguay,PRY,\"Ratification, Accession(a)\",accession,1969-12-23,no,",
                "United States of America,USA,\"Signature, Succession to signature(d)\",signature,1963-04-24,yes,1",
                "United States of America,USA,\"Ratification, Accession(a)\",ratification,1969-11-24,yes,1",
                "United States of America,USA,,denunciation,,yes,1",
            ],
            output);
        Assert.Contains("no instrument of instruments.csv has the MTDSG number III-97; printed the rows, wrote nothing.", error, StringComparison.Ordinal);
        Assert.Equal(before, _data.Snapshot());
    }

    [Fact]
    public void Run_NoMatchingInstrumentAndCountsDiffer_PrintsRowsButFails()
    {
        var file = _data.WriteInput("quirks.en.xml", ImporterTestFiles.FixtureWith("quirks.en.xml", "<Signatories>4</Signatories>", "<Signatories>5</Signatories>"));

        var (code, output, error) = Run(file);

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Equal("participant_name,participant_id,column,kind,date,withdrawn,footnotes", output[0]);
        Assert.Contains("signatories: header 5, rows 4 (-1)", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("maintenance.html", "maintenance page")]
    [InlineData("broken.en.xml", "not well-formed")]
    [InlineData("header-only.en.xml", "no Participants table")]
    public void Run_UnusableFile_OneLineMessageAndExitOne(string fixture, string reason)
    {
        var (code, output, error) = Run(ImporterTestFiles.Fixture(fixture));

        Assert.Equal(ImportMtdsgCommand.CheckFailed, code);
        Assert.Empty(output);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("Required argument missing for command: 'import-mtdsg'", "--dry-run")]
    [InlineData("no such file: /nonexistent/IV-8.en.xml", "/nonexistent/IV-8.en.xml")]
    [InlineData("Unrecognized command or argument '--force'", "a.xml", "--force")]
    [InlineData("--as-at '2018-02-30' is not a date", "a.xml", "--as-at", "2018-02-30")]
    [InlineData("Required argument missing for option: '--instrument'", "a.xml", "--instrument")]
    [InlineData("--data needs a value", "a.xml", "--data", "")]
    public void Run_BadCommandLine_UsageErrorExitTwo(string message, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ImportMtdsgCommand.Run(args, output, error, TestDataDirectory.Today);

        Assert.Equal(ImportMtdsgCommand.UsageError, code);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("usage: see 'RatificationApi.Tools import-mtdsg --help'.\n", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }

    [Theory]
    [InlineData("untoc-x", "'untoc-x' is not an id")]
    [InlineData("cedaw", "the file is MTDSG IV-11-c, but --instrument cedaw is MTDSG IV-8")]
    public void Run_WrongInstrument_UsageErrorExitTwo(string instrument, string message)
    {
        var (code, _, error) = Run(ImporterTestFiles.Fixture(OpscFile), "--instrument", instrument, "--dry-run");

        Assert.Equal(ImportMtdsgCommand.UsageError, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_StampAndAsAtDisagree_UsageErrorExitTwo()
    {
        var (code, _, error) = Run(ImporterTestFiles.Fixture("IV-8.status-page.html"), "--as-at", "2026-01-01", "--dry-run");

        Assert.Equal(ImportMtdsgCommand.UsageError, code);
        Assert.Contains("--as-at 2026-01-01 differs from the page's STATUS AS AT 2026-02-03", error, StringComparison.Ordinal);
    }
}
