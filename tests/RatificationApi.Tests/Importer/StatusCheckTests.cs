using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

public sealed class StatusCheckTests
{
    [Fact]
    public void RowCounts_BracketedRow_CountsForNeither()
    {
        var document = ImporterTestFiles.Parse("quirks.en.xml");

        Assert.Equal((4, 8), StatusCheck.RowCounts(document));
        Assert.Empty(StatusCheck.Mismatches(document));
    }

    [Fact]
    public void Mismatches_HeaderOffByOne_SaysByHowMuch()
    {
        var document = MtdsgParser.Parse(ImporterTestFiles.FixtureWith("quirks.en.xml", "<Parties>8</Parties>", "<Parties>9</Parties>"));

        Assert.Equal(["parties: header 9, rows 8 (-1)"], StatusCheck.Mismatches(document));
    }

    [Fact]
    public void Mismatches_BothCountsOff_ReportsBoth()
    {
        var bytes = ImporterTestFiles.FixtureWith("quirks.en.xml", "<Signatories>4</Signatories>", "<Signatories>2</Signatories>");
        var text = System.Text.Encoding.Latin1.GetString(bytes).Replace("<Parties>8</Parties>", "<Parties>7</Parties>", StringComparison.Ordinal);

        var document = MtdsgParser.Parse(System.Text.Encoding.Latin1.GetBytes(text));

        Assert.Equal(["signatories: header 2, rows 4 (+2)", "parties: header 7, rows 8 (+1)"], StatusCheck.Mismatches(document));
    }
}
