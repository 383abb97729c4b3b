using System.Text;
using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>What the parser refuses, and the cell and legend rules it is built on.</summary>
public sealed class MtdsgParserTests
{
    [Theory]
    [InlineData("maintenance.html", "maintenance page")]
    [InlineData("broken.en.xml", "not well-formed even after repairing")]
    [InlineData("header-only.en.xml", "no Participants table")]
    public void Parse_UnusableFixture_ThrowsOneLineReason(string fixture, string reason)
    {
        var ex = Assert.Throws<MtdsgFormatException>(() => ImporterTestFiles.Parse(fixture));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{\"treaty\": \"XVIII-12\"}", "neither an MTDSG XML file")]
    [InlineData("<?xml version=\"1.0\"?><Other><Treaty /></Other>", "not an MTDSG file")]
    [InlineData("<!DOCTYPE html><html><body><table id=\"x_grid\"></table></body></html>", "no participants grid")]
    public void Parse_NotAStatusDocument_ThrowsOneLineReason(string text, string reason)
    {
        var ex = Assert.Throws<MtdsgFormatException>(() => MtdsgParser.Parse(Encoding.UTF8.GetBytes(text)));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_LongTextMentioningMaintenance_IsNotTakenForTheMaintenancePage()
    {
        var text = new string('x', 20_000) + " urgent maintenance and is currently unavailable";

        var ex = Assert.Throws<MtdsgFormatException>(() => MtdsgParser.Parse(Encoding.UTF8.GetBytes(text)));

        Assert.Contains("neither an MTDSG XML file", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("16 Nov 1966 a", "1966-11-16", "a", false)]
    [InlineData("6 Jan 1958", "1958-01-06", "", false)]
    [InlineData("12 Aug 2011 AA", "2011-08-12", "AA", false)]
    [InlineData("22 Apr\t 2016 ", "2016-04-22", "", false)]
    [InlineData("\u00a05 Mar\t 2003 ", "2003-03-05", "", false)]
    [InlineData(" 6  Nov   1958  a ", "1958-11-06", "a", false)]
    [InlineData("5 Sept 2002", "2002-09-05", "", false)]
    [InlineData("1 July 1957", "1957-07-01", "", false)]
    [InlineData("[24 Apr 1963 ]", "1963-04-24", "", true)]
    [InlineData("[ 24 Nov 1969 a]", "1969-11-24", "a", true)]
    [InlineData("[20 Jan\t 2021 A]", "2021-01-20", "A", true)]
    public void DateCell_TolerantForms_ParseDateMarkerAndBracket(string text, string date, string marker, bool bracketed)
    {
        var column = ColumnLegend.Read(0, "Ratification, Acceptance(A), Approval(AA), Accession(a)");

        var cell = DateCellParser.Parse(text, column, out var error);

        Assert.Null(error);
        Assert.Equal((DateOnly.Parse(date, null), marker, bracketed), (cell!.Date, cell.Marker, cell.Bracketed));
    }

    [Theory]
    [InlineData("31 Feb 2001", "is not a date")]
    [InlineData("sometime in 2001", "is not a date")]
    [InlineData("3 Mar 2001 x", "does not define")]
    public void DateCell_Unreadable_ReportsWhy(string text, string reason)
    {
        var column = ColumnLegend.Read(0, "Ratification, Accession(a)");

        DateCellParser.Parse(text, column, out var error);

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void DateCell_UnmarkedDateUnderLegendWithoutUnmarkedItem_ReportsIt()
    {
        var column = ColumnLegend.Read(0, "Acceptance(A)");

        var cell = DateCellParser.Parse("3 Mar 2001", column, out var error);

        Assert.Null(cell!.Item);
        Assert.Contains("no unmarked item", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Signature", "Signature")]
    [InlineData("Signature, Succession to signature(d)", "Signature")]
    [InlineData("Accession(a), Succession(d), Ratification", "Consent")]
    [InlineData("Acceptance(A)", "Consent")]
    [InlineData("Provisional application under Article V", "Other")]
    [InlineData("Provisional application(n)", "Other")]
    public void Legend_Header_RoleFromTheKindsItNames(string header, string role)
    {
        Assert.Equal(Enum.Parse<ColumnRole>(role), ColumnLegend.Read(0, header).Role);
    }

    [Fact]
    public void Legend_SameMarkerInTwoColumns_MeansWhatEachColumnSays()
    {
        var signature = ColumnLegend.Read(0, "Signature, Succession to signature(d)");
        var consent = ColumnLegend.Read(1, "Ratification, Succession(d)");

        Assert.Equal(ActionKind.Signature, signature.Item("d")!.Kind);
        Assert.Equal(ActionKind.Succession, consent.Item("d")!.Kind);
        Assert.Null(consent.Item("a"));
    }

    [Fact]
    public void Legend_MeaningWithoutAProjectKind_KeptWithNoKind()
    {
        var column = ColumnLegend.Read(0, "Ratification, Confirmation of signature ad referendum(C)");

        Assert.Equal(("Confirmation of signature ad referendum", null), (column.Item("C")!.Meaning, column.Item("C")!.Kind));
    }

    [Fact]
    public void RepairControlCharacters_EveryMappedByte_BecomesItsCharacter()
    {
        Assert.Equal("\u201Ca\u201D \u2018b\u2019 c–d e f\tg\n", MtdsgText.RepairControlCharacters("\u001Ca\u001D \u0018b\u0019 c\u0013d\u0002e \u0001\u001Ff\tg\n"));
    }

    [Fact]
    public void BareAmpersandsAsEllipsis_MixedEntities_OnlyTheBareOnesBecomeEllipses()
    {
        Assert.Equal("&#x2026; x &lt; &#233; &#xE9; a&#x2026;b", MtdsgText.BareAmpersandsAsEllipsis("& x &lt; &#233; &#xE9; a&b"));
    }
}
