using System.Globalization;
using System.Net;
using System.Text;
using RatificationApi.Data;
using RatificationApi.Domain;
using RatificationApi.Importer;
using RatificationApi.Tests.Importer;

namespace RatificationApi.Tests.Refresh;

/// <summary>One participant's line of a fixture status page; the consent is a ratification, an accession (marked "a") or a succession ("d").</summary>
internal sealed record PageRow(string Name, string Id, DateOnly? Signature, DateOnly? Consent, string ConsentKind = "ratification");

/// <summary>
/// Small status pages in the depositary's format (the markup of the UN Treaty Collection's ViewDetails page, as in
/// Importer/Fixtures/IV-8.status-page.html): the stamp, the header's counts and the participants grid.
/// </summary>
internal static class DepositaryPages
{
    public static readonly DateOnly FixtureStatusAsAt = new(2025, 6, 30);

    /// <summary>What every fixture page of every instrument lists, and what the fixture data holds.</summary>
    public static readonly PageRow[] Rows =
    [
        new("Albania", "ALB", new DateOnly(2001, 1, 10), new DateOnly(2002, 2, 11)),
        new("Algeria", "DZA", new DateOnly(2001, 3, 12), null),
        new("Angola", "AGO", null, new DateOnly(2005, 4, 13), "accession"),
    ];

    public static readonly PageRow NewParty = new("Andorra", "AND", null, new DateOnly(2026, 1, 15), "accession");

    /// <summary>The page of <paramref name="instrument"/> as at <paramref name="statusAsAt"/>; its header states the parties the rows give unless <paramref name="statedParties"/> says otherwise.</summary>
    public static string Build(InstrumentInfo instrument, DateOnly statusAsAt, IEnumerable<PageRow> rows, int? statedParties = null)
    {
        var list = rows.ToList();
        var roman = instrument.Chapter switch { "4" => "IV", "18" => "XVIII", var other => other };
        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>United Nations Treaty Collection</title></head>
            <body>
                <form name="aspnetForm" method="post" action="./ViewDetails.aspx?src=TREATY&amp;mtdsg_no={instrument.Mtdsg}&amp;chapter={instrument.Chapter}&amp;clang=_en" id="aspnetForm">
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_div3" class="rows top-10 padd-5 heading-three">STATUS AS AT : {statusAsAt:dd-MM-yyyy} 10:16:18 EDT</div>
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptHead_ctl00_tcHead" style="font-weight: bold; text-align: center;">CHAPTER {roman}</div>
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptTreaty_ctl00_tcTreaty" style="font-weight: bold" class="treatyCenter">1. Test instrument {instrument.Id}</div>
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptTreaty_ctl00_tcText" class="treatyCenterSub normal">New York, 15 November 2000</div>
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_rptStatus_ctl00_tcText">Signatories :          {list.Count(r => r.Signature is not null)}.           Parties :            {statedParties ?? list.Count(r => r.Consent is not null)}</div>
                <div id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_ractification_Td">
            <table id="ctl00_ctl00_ContentPlaceHolder1_ContentPlaceHolderInnerPage_tblgrid" class="table table-striped table-bordered table-hover table-condensed">
                <tr class="thead-one">
                    <td valign="bottom" width="43%">Participant<br></td>
                    <td valign="bottom" width="100">Signature<br></td>
                    <td valign="bottom">Ratification, Accession(a), Succession(d)<br></td>
                </tr>

            """);
        foreach (var row in list)
        {
            var mark = row.ConsentKind switch { "accession" => " a", "succession" => " d", _ => string.Empty };
            page.Append(CultureInfo.InvariantCulture, $"""
                    <tr class="trBWhite">
                        <td>{WebUtility.HtmlEncode(row.Name)}<br></td>
                        <td>{Cell(row.Signature, string.Empty)}</td>
                        <td>{Cell(row.Consent, mark)}</td>
                    </tr>

                """);
        }

        page.Append("""
            </table>
                </div>
                </form>
            </body>
            </html>

            """);
        return page.ToString();
    }

    private static string Cell(DateOnly? date, string mark) =>
        date is { } d ? d.ToString("d MMM\t yyyy", CultureInfo.InvariantCulture) + mark + " <br>" : "&nbsp;";
}

/// <summary>
/// A data directory the tests own: the repository's files, with actions.csv holding exactly what the fixture pages
/// list for every instrument (cited as the fake depositary's page as at 2025-06-30), no statements, and every
/// instrument complete as at that date. Each test gets its own.
/// </summary>
internal sealed class RefreshDataDirectory : IDisposable
{
    public const string OldRecorded = "2025-07-01";

    public static readonly DateOnly Today = TestDataDirectory.Today;

    public RefreshDataDirectory(FakeDepositary depositary)
    {
        Path = Directory.CreateTempSubdirectory("refresh-tests-").FullName;
        // The map's geometry too, which the database COVERAGE.md is counted from needs.
        Directory.CreateDirectory(System.IO.Path.Combine(Path, "geo"));
        foreach (var file in DataSetLoader.Files.Append(MapShapeRow.FileName))
        {
            File.Copy(System.IO.Path.Combine(ImporterTestFiles.RealData, file), FilePath(file));
        }

        var instruments = RawCsvFile.Read(FilePath(DataSetLoader.InstrumentsFile));
        Instruments = InstrumentInfo.All(instruments);
        var (id, asAt, from) = (instruments.Column("id"), instruments.Column("complete_as_at"), instruments.Column("complete_as_at_source"));
        File.WriteAllText(FilePath(DataSetLoader.InstrumentsFile), instruments.ToText(instruments.Records.Select(r =>
        {
            var cells = r.Cells.ToArray();
            var instrument = Instruments.Single(i => i.Id == cells[id]);
            (cells[asAt], cells[from]) = (Day(DepositaryPages.FixtureStatusAsAt), Citation(depositary, instrument, DepositaryPages.FixtureStatusAsAt));
            return new RawCsvRecord(cells, DataCsv.FormatCells(cells));
        })));

        var actions = new StringBuilder(ActionsHeader);
        foreach (var instrument in Instruments)
        {
            foreach (var row in Actions(instrument, DepositaryPages.Rows, Citation(depositary, instrument, DepositaryPages.FixtureStatusAsAt), OldRecorded))
            {
                actions.Append(row);
            }
        }

        File.WriteAllText(FilePath(DataSetLoader.ActionsFile), actions.ToString());
        File.WriteAllText(FilePath(DataSetLoader.ReservationsFile), DataCsv.FormatCells(DataCsv.Columns<ReservationRow>()));
        Assert.Empty(DataDirectoryWriter.Validate(Path, new Dictionary<string, string>(), Today));
    }

    public static string ActionsHeader => RawCsvFile.Read(System.IO.Path.Combine(ImporterTestFiles.RealData, DataSetLoader.ActionsFile)).HeaderRaw;

    public string Path { get; }

    public IReadOnlyList<InstrumentInfo> Instruments { get; }

    public InstrumentInfo Instrument(string id) => Instruments.Single(i => i.Id == id);

    public string FilePath(string name) => System.IO.Path.Combine(Path, name);

    public string Read(string name) => File.ReadAllText(FilePath(name));

    /// <summary>What refresh writes into a row's source: the page's address and its status date.</summary>
    public static string Citation(FakeDepositary depositary, InstrumentInfo instrument, DateOnly statusAsAt) =>
        $"{depositary.Url(instrument.Mtdsg, int.Parse(instrument.Chapter, CultureInfo.InvariantCulture))} (STATUS AS AT {statusAsAt:dd-MM-yyyy})";

    /// <summary>The actions.csv lines for a page's rows, in the file's row order.</summary>
    public static IEnumerable<string> Actions(InstrumentInfo instrument, IEnumerable<PageRow> rows, string source, string recorded)
    {
        var header = RawCsvFile.Read(System.IO.Path.Combine(ImporterTestFiles.RealData, DataSetLoader.ActionsFile)).Header;
        var records = rows.SelectMany(r => new[]
            {
                r.Signature is { } s ? Action(instrument.Id, r.Id, "signature", s, source, recorded) : null,
                r.Consent is { } c ? Action(instrument.Id, r.Id, r.ConsentKind, c, source, recorded) : null,
            })
            .OfType<ActionRow>()
            .ToList();
        records.Sort(ActionMerger.FileOrder);
        return DataCsv.Format(records, header);
    }

    public static ActionRow Action(string instrument, string participant, string kind, DateOnly date, string source, string recorded) => new()
    {
        Instrument = instrument, Participant = participant, Kind = kind, Date = Day(date), Reservations = "no", Basis = "depositary",
        Exception = string.Empty, Recorded = recorded, Source = source, Notes = string.Empty,
    };

    public static string Day(DateOnly date) => IsoDate.Format(date);

    /// <summary>Every file's bytes (as hex), to show what a run wrote and what it left alone.</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Path).ToDictionary(f => System.IO.Path.GetFileName(f), f => Convert.ToHexString(File.ReadAllBytes(f)), StringComparer.Ordinal);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
