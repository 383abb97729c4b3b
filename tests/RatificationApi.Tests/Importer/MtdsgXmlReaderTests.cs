using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>The XML reader on small fixtures that carry every quirk of docs/depositary-format.md.</summary>
public sealed class MtdsgXmlReaderTests
{
    private static readonly MtdsgDocument Quirks = ImporterTestFiles.Parse("quirks.en.xml");

    [Fact]
    public void Header_QuirksFile_ReadsEveryField()
    {
        var header = Quirks.Header;

        Assert.Equal(MtdsgFormat.Xml, Quirks.Format);
        Assert.Equal("XVIII-99-z", header.Number);
        Assert.Equal("CHAPTER XVIII", header.Chapter);
        Assert.Equal("Test Protocol on Quirks", header.Title);
        Assert.Equal("New York", header.ConclusionPlace);
        Assert.Equal("15 November 2000", header.ConclusionDate);
        Assert.Equal("25 December 2003, in accordance with article 17.", header.EntryIntoForce);
        Assert.Equal("25 December 2003, No. 39574", header.Registration);
        Assert.Equal(4, header.Signatories);
        Assert.Equal(8, header.Parties);
        Assert.Null(header.StatusAsAt);
    }

    [Fact]
    public void ParticipantHeader_EscapedSuperscript_KeptAsTreatyWideFootnotes()
    {
        Assert.Equal(["2", "3"], Quirks.Header.ParticipantFootnotes);
    }

    [Fact]
    public void Legend_UnmarkedItemInTheMiddle_MapsEveryMarker()
    {
        var consent = Quirks.Columns[1];

        Assert.Equal(ColumnRole.Signature, Quirks.Columns[0].Role);
        Assert.Equal(ColumnRole.Consent, consent.Role);
        Assert.Equal(
            [("a", ActionKind.Accession), ("d", ActionKind.Succession), (string.Empty, ActionKind.Ratification), ("A", ActionKind.Acceptance), ("AA", ActionKind.Approval), ("c", ActionKind.FormalConfirmation)],
            consent.Legend.Select(i => (i.Marker, i.Kind!.Value)));
    }

    [Theory]
    [InlineData("Afghanistan", null, "1966-11-16", ActionKind.Accession)]
    [InlineData("Albania", null, "2002-09-05", ActionKind.Accession)]
    [InlineData("Australia", "1956-09-07", "1958-01-06", ActionKind.Ratification)]
    [InlineData("Belgium", "2000-12-12", "2004-08-11", ActionKind.Ratification)]
    [InlineData("Bosnia and Herzegovina", null, "1993-09-01", ActionKind.Succession)]
    [InlineData("Côte d\u2019Ivoire", "2000-12-12", "2017-10-25", ActionKind.Acceptance)]
    [InlineData("European Union", "2003-06-16", "2005-06-30", ActionKind.FormalConfirmation)]
    [InlineData("Netherlands", null, "2005-07-27", ActionKind.Approval)]
    public void Row_EveryMarkerAndPadding_ReadsDateAndKind(string name, string? signed, string consented, ActionKind kind)
    {
        var row = Assert.Single(Quirks.Rows, r => r.Name == name);

        Assert.Equal(signed, row.Cells[0]?.Date.ToString("yyyy-MM-dd", null));
        Assert.Equal(ActionKind.Signature, row.Cells[0]?.Kind ?? ActionKind.Signature);
        Assert.Equal(DateOnly.Parse(consented, null), row.Cells[1]!.Date);
        Assert.Equal(kind, row.Cells[1]!.Kind);
        Assert.False(row.Withdrawn);
    }

    [Fact]
    public void Row_Iso88591AndControlByteInName_DecodedToTheName()
    {
        // The file holds C\xF4te d\x19Ivoire: a Latin-1 byte and the low byte of U+2019.
        Assert.Contains(Quirks.Rows, r => r.Name == "Côte d\u2019Ivoire");
    }

    [Fact]
    public void Row_EscapedSuperscriptInName_StrippedAndKeptAsFootnote()
    {
        var australia = Assert.Single(Quirks.Rows, r => r.Name == "Australia");
        var usa = Assert.Single(Quirks.Rows, r => r.Name == "United States of America");

        Assert.Equal(["4"], australia.Footnotes);
        Assert.Equal(["5"], usa.Footnotes);
    }

    [Fact]
    public void Row_BracketedDatesWithAndWithoutMarker_MarkedWithdrawnKeepingDates()
    {
        var usa = Assert.Single(Quirks.Rows, r => r.Name == "United States of America");

        Assert.True(usa.Withdrawn);
        Assert.Equal((new DateOnly(1963, 4, 24), string.Empty, true, ActionKind.Signature), (usa.Cells[0]!.Date, usa.Cells[0]!.Marker, usa.Cells[0]!.Bracketed, usa.Cells[0]!.Kind!.Value));
        Assert.Equal((new DateOnly(1969, 11, 24), "A", true, ActionKind.Acceptance), (usa.Cells[1]!.Date, usa.Cells[1]!.Marker, usa.Cells[1]!.Bracketed, usa.Cells[1]!.Kind!.Value));
    }

    [Fact]
    public void Row_EmptyCells_AreNull()
    {
        Assert.Null(Assert.Single(Quirks.Rows, r => r.Name == "Afghanistan").Cells[0]);
        Assert.Null(Assert.Single(Quirks.Rows, r => r.Name == "Bosnia and Herzegovina").Cells[0]);
        Assert.Empty(Quirks.Problems);
    }

    [Fact]
    public void Declarations_ControlBytesAndBareAmpersand_ReadAsTheTypographyTheyStandFor()
    {
        var belgium = Assert.Single(Quirks.Declarations, d => d.Participant == "Belgium");
        var netherlands = Assert.Single(Quirks.Declarations, d => d.Participant == "Netherlands");

        Assert.Equal(
            [
                new StatementText(StatementTextRole.Title, "Upon signature:"),
                new StatementText(StatementTextRole.Title, "Declaration:"),
                new StatementText(StatementTextRole.Paragraph, "\u201CThis signature binds the communities.\u201D"),
                new StatementText(StatementTextRole.Paragraph, "\u2026 with a reservation regarding article 3."),
            ],
            belgium.Texts);
        Assert.True(belgium.MentionsSignature);
        Assert.Equal(["6"], netherlands.Footnotes);
        Assert.Equal("The Kingdom\u2019s reservation.", netherlands.Texts[1].Text);
        Assert.False(netherlands.MentionsSignature);
    }

    [Fact]
    public void Objections_UntypedTextWithRight_ReadAsDate()
    {
        var objection = Assert.Single(Quirks.Objections);

        Assert.Equal("Australia", objection.Participant);
        Assert.Equal(new StatementText(StatementTextRole.Date, "4 Octobre 2002"), objection.Texts[0]);
        Assert.Equal(StatementTextRole.Title, objection.Texts[1].Role);
    }

    [Fact]
    public void EndNotes_ControlBytes02And13_BecomeSpaceAndDash()
    {
        Assert.Equal(["1", "5"], Quirks.EndNotes.Select(n => n.Index));
        Assert.Equal("On 7 May 2005 the Government withdrew – see C.N.1.2005.TREATIES-1.", Quirks.EndNote("5"));
    }

    [Fact]
    public void Parse_TwoColumnTableWithOnlyParties_ReadsConsentsAndNoSignatories()
    {
        var document = ImporterTestFiles.Parse("two-columns.en.xml");

        Assert.Equal("XXVII-98-f", document.Header.Number);
        Assert.Null(document.Header.Signatories);
        Assert.Equal(3, document.Header.Parties);
        var column = Assert.Single(document.Columns);
        Assert.Equal(ColumnRole.Consent, column.Role);
        Assert.Equal(
            [ActionKind.Acceptance, ActionKind.Ratification, ActionKind.Approval],
            document.Rows.Select(r => r.Cells[0]!.Kind!.Value));
        Assert.Empty(StatusCheck.Mismatches(document));
    }

    [Fact]
    public void Parse_SuccessionToSignatureLegend_DInSignatureColumnIsASignature()
    {
        var document = ImporterTestFiles.Parse("succession-to-signature.en.xml");
        var bosnia = Assert.Single(document.Rows, r => r.Name == "Bosnia and Herzegovina");

        Assert.Equal("III-97", document.Header.Number);
        Assert.Equal(("d", ActionKind.Signature), (bosnia.Cells[0]!.Marker, bosnia.Cells[0]!.Kind!.Value));
        Assert.Equal(ActionKind.Ratification, bosnia.Cells[1]!.Kind);
        Assert.Equal((2, 2), StatusCheck.RowCounts(document));
    }

    [Fact]
    public void Parse_NoStatusElement_HasNoCountsAndNothingToMismatch()
    {
        var document = ImporterTestFiles.Parse("no-status.en.xml");

        Assert.Null(document.Header.Signatories);
        Assert.Null(document.Header.Parties);
        Assert.Empty(StatusCheck.Mismatches(document));
        Assert.Equal(2, Assert.Single(document.Rows).Cells.Count(c => c is not null));
    }
}
