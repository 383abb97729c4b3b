using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>The status-page reader on a small page built like the saved CEDAW page.</summary>
public sealed class MtdsgHtmlReaderTests
{
    private static readonly MtdsgDocument Page = ImporterTestFiles.Parse("IV-8.status-page.html");

    [Fact]
    public void Header_StatusPage_ReadsStampNumberAndCounts()
    {
        var header = Page.Header;

        Assert.Equal(MtdsgFormat.Html, Page.Format);
        Assert.Equal(new DateOnly(2026, 2, 3), header.StatusAsAt);
        Assert.Equal("IV-8", header.Number);
        Assert.Equal("CHAPTER IV", header.Chapter);
        Assert.Equal("Test Convention on the Elimination of Quirks", header.Title);
        Assert.Equal(("New York", "18 December 1979"), (header.ConclusionPlace, header.ConclusionDate));
        Assert.Equal("3 September 1981, in accordance with article 27(1).", header.EntryIntoForce);
        Assert.Equal("3 September 1981, No. 20378", header.Registration);
        Assert.Equal((3, 4), (header.Signatories!.Value, header.Parties!.Value));
    }

    [Fact]
    public void Grid_SupFootnotesAndLinkedNames_NamesCleanFootnotesKept()
    {
        Assert.Equal(
            [
                ("Afghanistan", ""), ("Australia", "2"), ("Bosnia and Herzegovina", "6"), ("Côte d’Ivoire", ""), ("Türkiye", ""),
                ("United States of America", "3,7"),
            ],
            Page.Rows.Select(r => (r.Name, string.Join(",", r.Footnotes))));
    }

    [Fact]
    public void Grid_TabNbspAndBracketCells_ParsedWithKinds()
    {
        var afghanistan = Page.Rows[0];
        var usa = Page.Rows[^1];

        Assert.Equal((new DateOnly(1980, 8, 14), ActionKind.Signature), (afghanistan.Cells[0]!.Date, afghanistan.Cells[0]!.Kind!.Value));
        Assert.Equal((new DateOnly(2003, 3, 5), ActionKind.Ratification), (afghanistan.Cells[1]!.Date, afghanistan.Cells[1]!.Kind!.Value));
        Assert.Null(Page.Rows[2].Cells[0]);
        Assert.Equal(ActionKind.Succession, Page.Rows[2].Cells[1]!.Kind);
        Assert.True(usa.Withdrawn);
        Assert.Equal((new DateOnly(1990, 1, 1), "a", true), (usa.Cells[1]!.Date, usa.Cells[1]!.Marker, usa.Cells[1]!.Bracketed));
        Assert.Empty(Page.Problems);
        Assert.Empty(StatusCheck.Mismatches(Page));
    }

    [Fact]
    public void Declarations_Grid_TitlesParagraphsAndFootnotes()
    {
        Assert.Equal(["Afghanistan", "Australia"], Page.Declarations.Select(d => d.Participant));
        var australia = Page.Declarations[1];
        Assert.Equal(["2"], australia.Footnotes);
        Assert.Equal(
            [
                new StatementText(StatementTextRole.Title, "Reservations:"),
                new StatementText(StatementTextRole.Paragraph, "\"The Government of Australia states that maternity leave & pay is provided.\""),
                new StatementText(StatementTextRole.Paragraph, "It applies inter alia to the States."),
            ],
            australia.Texts);
        Assert.True(Page.Declarations[0].MentionsSignature);
        Assert.False(australia.MentionsSignature);
    }

    [Fact]
    public void StatementTexts_ItalicsInsideALine_StayInTheParagraph()
    {
        var texts = MtdsgHtmlReader.StatementTexts(
            "<p class='invisible'>Qatar</p><p align=left><i>Reservations:<br></n></i></p>&nbsp;&nbsp;in accordance with <i>Sharia</i> law.<br>&nbsp;<i>Article 2:</i><br>");

        Assert.Equal(
            [
                new StatementText(StatementTextRole.Title, "Reservations:"),
                new StatementText(StatementTextRole.Paragraph, "in accordance with Sharia law."),
                new StatementText(StatementTextRole.Title, "Article 2:"),
            ],
            texts);
    }

    [Fact]
    public void SectionNotes_UnlessOtherwiseIndicated_ReadFromTheirDivs()
    {
        Assert.Equal("(Unless otherwise indicated, the declarations and reservations were made upon ratification, accession or succession.)", Page.DeclarationsNote);
        Assert.Equal("(Unless otherwise indicated, the objections were made upon ratification, accession or succession.)", Page.ObjectionsNote);
    }

    [Fact]
    public void Objections_Grid_DateLineFirst()
    {
        var objection = Assert.Single(Page.Objections);

        Assert.Equal("Australia", objection.Participant);
        Assert.Equal(
            [StatementTextRole.Date, StatementTextRole.Title, StatementTextRole.Paragraph],
            objection.Texts.Select(t => t.Role));
        Assert.Equal("26 October 1994", objection.Texts[0].Text);
    }

    [Fact]
    public void EndNotes_NamedAnchors_IndexedAndPlain()
    {
        Assert.Equal(["1", "2", "3", "6", "7"], Page.EndNotes.Select(n => n.Index));
        Assert.Equal("Resolution 34/180, p. 193.", Page.EndNote("1"));
    }

    [Fact]
    public void StatusAsAt_StampWithTimeAndZone_ReadsTheDay()
    {
        Assert.Equal(new DateOnly(2024, 10, 9), MtdsgHtmlReader.StatusAsAt("<div>STATUS AS AT : 09-10-2024 09:15:47 EDT</div>"));
        Assert.Null(MtdsgHtmlReader.StatusAsAt("<div>STATUS AS AT : soon</div>"));
    }

    [Fact]
    public void Read_Windows1252PageWithMetaCharset_DecodedAsTheMetaSays()
    {
        var text = System.Text.Encoding.UTF8.GetString(ImporterTestFiles.FixtureBytes("IV-8.status-page.html"))
            .Replace("charset=utf-8", "charset=windows-1252", StringComparison.Ordinal);
        var windows1252 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

        var page = MtdsgParser.Parse(windows1252.GetBytes(text));

        Assert.Equal(Page.Rows.Select(r => r.Name), page.Rows.Select(r => r.Name));
        Assert.Contains("Côte d’Ivoire", page.Rows.Select(r => r.Name));
    }

    [Fact]
    public void Read_ControlByteInName_RepairedToTheQuote()
    {
        var text = System.Text.Encoding.UTF8.GetString(ImporterTestFiles.FixtureBytes("IV-8.status-page.html"))
            .Replace("Côte d’Ivoire", "Côte d\u0019Ivoire", StringComparison.Ordinal);

        var page = MtdsgParser.Parse(System.Text.Encoding.UTF8.GetBytes(text));

        Assert.Equal(Page.Rows.Select(r => r.Name), page.Rows.Select(r => r.Name));
    }
}
