using RatificationApi.Data;
using RatificationApi.Domain;
using RatificationApi.Importer;
using RatificationApi.Tests.Importer;

namespace RatificationApi.Tests.Data;

/// <summary>The row models and their class maps against the committed files: what is read can be written back unchanged.</summary>
public sealed class DataCsvTests
{
    [Fact]
    public void Format_EveryRealActionRow_WritesTheFilesExactText() => AssertRoundTrip<ActionRow>();

    [Fact]
    public void Format_EveryRealReservationRow_WritesTheFilesExactText() => AssertRoundTrip<ReservationRow>();

    [Fact]
    public void Format_EveryRealInstrumentRow_WritesTheFilesExactText() => AssertRoundTrip<InstrumentRow>();

    [Fact]
    public void Format_EveryRealParticipantRow_WritesTheFilesExactText() => AssertRoundTrip<ParticipantRow>();

    [Fact]
    public void Format_EveryOtherRealFile_WritesTheFilesExactText()
    {
        AssertRoundTrip<TitleRow>();
        AssertRoundTrip<DisagreementRow>();
        AssertRoundTrip<ResolutionRow>();
        AssertRoundTrip<ResolutionParagraphRow>();
    }

    [Fact]
    public void Columns_EveryMap_MatchesTheCommittedHeaderInOrder()
    {
        foreach (var (file, columns) in new[]
        {
            (InstrumentRow.FileName, DataCsv.Columns<InstrumentRow>()),
            (TitleRow.FileName, DataCsv.Columns<TitleRow>()),
            (ParticipantRow.FileName, DataCsv.Columns<ParticipantRow>()),
            (ActionRow.FileName, DataCsv.Columns<ActionRow>()),
            (ReservationRow.FileName, DataCsv.Columns<ReservationRow>()),
            (DisagreementRow.FileName, DataCsv.Columns<DisagreementRow>()),
            (ResolutionRow.FileName, DataCsv.Columns<ResolutionRow>()),
            (ResolutionParagraphRow.FileName, DataCsv.Columns<ResolutionParagraphRow>()),
        })
        {
            Assert.Equal(RawCsvFile.Read(Path.Combine(ImporterTestFiles.RealData, file)).Header, columns);
        }
    }

    [Fact]
    public void Format_HeaderInAnotherOrder_WritesTheCellsInThatOrder()
    {
        var row = Action("a, b");
        string[] header = ["notes", "source", "recorded", "exception", "basis", "reservations", "date", "kind", "participant", "instrument"];

        Assert.Equal("note,\"a, b\",2026-11-28,,depositary,no,2001-02-03,ratification,FJI,opsc\n", DataCsv.Format(row, header));
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData(" leading and trailing ", " leading and trailing ")]
    [InlineData("say \"x\"", "\"say \"\"x\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("carriage\rreturn", "\"carriage\rreturn\"")]
    public void FormatCells_Cell_QuotedOnlyWhenItHoldsACommaAQuoteOrALineBreak(string cell, string written) =>
        Assert.Equal(written + ",x\n", DataCsv.FormatCells([cell, "x"]));

    [Fact]
    public void Equals_SameCellsOnAnotherLine_Equal()
    {
        var row = Action("src");

        Assert.Equal(row with { File = "elsewhere.csv", Line = 99 }, row);
        Assert.NotEqual(row with { Notes = "another note" }, row);
    }

    [Theory]
    [InlineData("2001-02-29")]
    [InlineData("2001-2-3")]
    [InlineData("03-02-2001")]
    [InlineData("")]
    [InlineData(null)]
    public void ParseDay_NotAnIsoDayThatExists_Null(string? text) => Assert.Null(IsoDate.ParseDay(text));

    private static ActionRow Action(string source) => new()
    {
        Instrument = "opsc", Participant = "FJI", Kind = "ratification", Date = "2001-02-03", Reservations = "no", Basis = "depositary",
        Exception = string.Empty, Recorded = "2026-11-28", Source = source, Notes = "note",
    };

    // Rewriting a file row by row from its models gives its exact bytes, so an importer that rewrites a row it did not
    // change leaves no trace in a diff.
    private static void AssertRoundTrip<T>()
        where T : DataRow, ICsvRow<T>
    {
        var file = RawCsvFile.Read<T>(Path.Combine(ImporterTestFiles.RealData, T.FileName));
        var rows = file.Rows<T>().ToList();

        Assert.Equal(file.Records.Count, rows.Count);
        Assert.Equal(file.ToText(), file.HeaderRaw + string.Concat(DataCsv.Format(rows.Select(r => r.Row), file.Header)));
        Assert.Equal(file.HeaderRaw, DataCsv.FormatCells(DataCsv.Columns<T>()));
    }
}
