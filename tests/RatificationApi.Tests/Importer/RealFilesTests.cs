using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>
/// The depositary's own files (shared/data/mtdsg, beside the clone): the header counts must be reproduced from
/// the rows and every participant must map. There are no cases where the samples are not checked out.
/// </summary>
public sealed class RealFilesTests
{
    private static readonly ParticipantNameMapper Mapper = ParticipantNameMapper.FromFile(Path.Combine(ImporterTestFiles.RealData, "participants.csv"));

    /// <summary>File, MTDSG number, stated signatories and parties (docs/depositary-format.md; the page's own Status line).</summary>
    public static TheoryData<string, string, int, int> CompleteFiles => Existing(
    [
        ("XVIII-12-a.en.xml", "XVIII-12-a", 117, 173),
        ("IV-11-c.en.xml", "IV-11-c", 121, 174),
        ("XVIII-4.en.xml", "XVIII-4", 35, 123),
        ("IV-8.ViewDetails.2026-02-03.html", "IV-8", 99, 189),
        ("IV-11-c.ViewDetails.2026-02-03.html", "IV-11-c", 122, 178),
        ("IX-4.en.xml", "IX-4", 168, 181),
        ("III-8.en.xml", "III-8", 38, 51),
    ]);

    private static readonly string[] TruncatedFiles = ["IV-8.en.xml", "XVIII-12.en.xml"];

    public static TheoryData<string> HeaderOnlyFiles
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in TruncatedFiles.Where(f => ImporterTestFiles.SharedMtdsg is { } folder && File.Exists(Path.Combine(folder, f))))
            {
                data.Add(file);
            }

            return data;
        }
    }

    [OptionalDataTheory]
    [MemberData(nameof(CompleteFiles))]
    public void Parse_RealFile_ReproducesTheHeaderCountsAndMapsEveryName(string file, string number, int signatories, int parties)
    {
        var document = Parse(file);

        Assert.Equal(number, document.Header.Number);
        Assert.Equal((signatories, parties), (document.Header.Signatories!.Value, document.Header.Parties!.Value));
        Assert.Equal((signatories, parties), StatusCheck.RowCounts(document));
        Assert.Empty(document.Problems);
        Assert.Empty(ImportedActions.Unmapped(document, Mapper));
        Assert.DoesNotContain(ImportedActions.From(document, Mapper), a => a.Kind is null);
    }

    [OptionalDataTheory]
    [MemberData(nameof(HeaderOnlyFiles))]
    public void Parse_TruncatedRealFile_RefusedAsHeaderOnly(string file)
    {
        var ex = Assert.Throws<MtdsgFormatException>(() => Parse(file));

        Assert.Contains("no Participants table", ex.Message, StringComparison.Ordinal);
    }

    [OptionalDataTheory]
    [MemberData(nameof(CompleteFiles))]
    public void Parse_RealFile_DeclarationsAndEndNotesRead(string file, string number, int signatories, int parties)
    {
        _ = (number, signatories, parties);
        var document = Parse(file);

        Assert.NotEmpty(document.EndNotes);
        Assert.All(document.EndNotes, n => Assert.Matches("^[0-9]+$", n.Index));
        Assert.All(document.Declarations, d => Assert.NotNull(Mapper.Map(d.Participant)));
    }

    [OptionalDataTheory]
    [MemberData(nameof(CompleteFiles))]
    public void Parse_RealFile_SpecificQuirksOfEachFile(string file, string number, int signatories, int parties)
    {
        _ = (signatories, parties);
        var document = Parse(file);
        var actions = ImportedActions.From(document, Mapper);

        switch (number)
        {
            case "IX-4":
                Assert.Contains(actions, a => a.ParticipantId == "EU" && a.Kind == ActionKind.FormalConfirmation && a.Date == new DateOnly(2005, 6, 30));
                break;
            case "III-8":
                var usa = Assert.Single(document.Rows, r => r.Name == "United States of America");
                Assert.True(usa.Withdrawn);
                Assert.Equal(3, document.Rows.Count(r => r.Cells[0] is { Marker: "d", Kind: ActionKind.Signature }));
                Assert.Contains(actions, a => a.ParticipantId == "USA" && a.Kind == ActionKind.Denunciation && a.Date is null);
                break;
            case "IV-8":
                Assert.Equal(new DateOnly(2026, 2, 3), document.Header.StatusAsAt);
                Assert.Equal(79, document.Declarations.Count);
                break;
            case "IV-11-c":
                Assert.Equal("Optional Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child pornography", document.Header.Title);
                // The XML of 2018 has a bare "&" here, the page of 2026 "…": both read as the ellipsis.
                Assert.Contains(document.Declarations.SelectMany(d => d.Texts), t => t.Text.StartsWith("\u2026 with a reservation", StringComparison.Ordinal));
                Assert.DoesNotContain(document.Declarations.Concat(document.Objections).SelectMany(d => d.Texts), t => t.Text.Contains('&', StringComparison.Ordinal));
                break;
            default:
                Assert.DoesNotContain(document.Rows, r => r.Withdrawn);
                break;
        }
    }

    /// <summary>The four lists data/ was imported from, with the arguments they were imported with.</summary>
    public static TheoryData<string, string, string> ImportedFiles
    {
        get
        {
            var data = new TheoryData<string, string, string>();
            foreach (var (file, asAt, source) in new[]
            {
                ("XVIII-12-a.en.xml", "2018-01-15", "allucinaria/XML@9682127:XVIII-12-a.en.xml"),
                ("IV-11-c.ViewDetails.2026-02-03.html", "2026-02-03", "mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/crc_op_sc.html"),
                ("XVIII-4.en.xml", "2018-01-15", "allucinaria/XML@9682127:XVIII-4.en.xml"),
                ("IV-8.ViewDetails.2026-02-03.html", "2026-02-03", "mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/cedaw.html"),
            })
            {
                if (ImporterTestFiles.SharedMtdsg is { } folder && File.Exists(Path.Combine(folder, file)))
                {
                    data.Add(file, asAt, source);
                }
            }

            return data;
        }
    }

    [OptionalDataTheory]
    [MemberData(nameof(ImportedFiles))]
    public void Import_RealFile_DataAlreadyHoldsEveryActionAndStatement(string file, string asAt, string source)
    {
        var copy = RatificationApi.Tests.Infrastructure.TestPaths.CopyOfData();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = ImportMtdsgCommand.Run(
            [Path.Combine(ImporterTestFiles.SharedMtdsg!, file), "--as-at", asAt, "--source", source, "--data", copy, "--dry-run"], output, error, TestDataDirectory.Today);

        Assert.Equal((0, string.Empty), (code, error.ToString()));
        var lines = output.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains(" action(s) in the file: 0 added, 0 changed, 0 removed, ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" statement(s) in the file: 0 added, 0 changed, 0 removed, ", StringComparison.Ordinal));
    }

    [OptionalDataTheory]
    [MemberData(nameof(CompleteFiles))]
    public void Statements_RealFile_EveryAuthorAndTargetMapsAndEveryDateReads(string file, string number, int signatories, int parties)
    {
        _ = (number, signatories, parties);
        var (statements, problems) = ImportedStatements.From(Parse(file), Mapper);

        Assert.Empty(problems);
        Assert.DoesNotContain(statements, s => s.ParticipantId is null);
    }

    /// <summary>
    /// The OPSC statements of the XML of 2018 read as the depositary's page of 2026 prints them, character for character
    /// (curly quotes for the control bytes, "…" for the bare "&amp;"), except where the XML itself lost a character to "?".
    /// </summary>
    [OptionalDataTheory]
    [MemberData(nameof(OpscXmlAndPage))]
    public void Statements_OpscXmlOf2018_SameTextsAsThePageOf2026(string xml, string page)
    {
        static HashSet<string> Texts(string file) =>
            [.. ImportedStatements.From(Parse(file), Mapper).Statements.Select(s => $"{s.ParticipantId} {s.Kind} {s.Text}")];
        var onPage = Texts(page);

        var differing = Texts(xml).Where(t => !onPage.Contains(t)).ToList();

        Assert.Equal(2, differing.Count);
        Assert.All(differing, t => Assert.Contains("?", t, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> OpscXmlAndPage
    {
        get
        {
            var data = new TheoryData<string, string>();
            if (ImporterTestFiles.SharedMtdsg is { } folder && File.Exists(Path.Combine(folder, "IV-11-c.en.xml")) && File.Exists(Path.Combine(folder, "IV-11-c.ViewDetails.2026-02-03.html")))
            {
                data.Add("IV-11-c.en.xml", "IV-11-c.ViewDetails.2026-02-03.html");
            }

            return data;
        }
    }

    private static MtdsgDocument Parse(string file) => MtdsgParser.Parse(File.ReadAllBytes(Path.Combine(ImporterTestFiles.SharedMtdsg!, file)));

    private static TheoryData<string, string, int, int> Existing(IEnumerable<(string File, string Number, int Signatories, int Parties)> files)
    {
        var data = new TheoryData<string, string, int, int>();
        foreach (var (file, number, signatories, parties) in files)
        {
            if (ImporterTestFiles.SharedMtdsg is { } folder && File.Exists(Path.Combine(folder, file)))
            {
                data.Add(file, number, signatories, parties);
            }
        }

        return data;
    }
}
