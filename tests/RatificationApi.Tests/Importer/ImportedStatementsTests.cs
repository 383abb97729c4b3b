using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>How the statements sections become rows: kinds and occasions from headings only, objections split and targeted.</summary>
public class ImportedStatementsTests
{
    private static readonly ParticipantNameMapper Mapper = ParticipantNameMapper.FromFile(Path.Combine(ImporterTestFiles.RealData, "participants.csv"));

    private const string Rule = "(Unless otherwise indicated, the declarations and reservations were made upon ratification, accession or succession.)";

    private static StatementText Title(string text) => new(StatementTextRole.Title, text);

    private static StatementText Para(string text) => new(StatementTextRole.Paragraph, text);

    private static StatementText Date(string text) => new(StatementTextRole.Date, text);

    /// <summary>The quirks fixture (Belgium signed and acceded, the Netherlands approved) with other statements sections.</summary>
    private static MtdsgDocument Document(IReadOnlyList<Statement> declarations, IReadOnlyList<Statement>? objections = null, string note = Rule) =>
        ImporterTestFiles.Parse("quirks.en.xml") with { Declarations = declarations, Objections = objections ?? [], DeclarationsNote = note, ObjectionsNote = note };

    private static List<ImportedStatement> Read(MtdsgDocument document)
    {
        var (statements, problems) = ImportedStatements.From(document, Mapper);
        Assert.Empty(problems);
        return statements;
    }

    [Theory]
    [InlineData("Reservation:", StatementKind.Reservation, null)]
    [InlineData("Reservations", StatementKind.Reservation, null)]
    [InlineData("Declarations:", StatementKind.Declaration, null)]
    [InlineData("Understanding:", StatementKind.Declaration, null)]
    [InlineData("Reservation and declaration:", StatementKind.ReservationAndDeclaration, null)]
    [InlineData("Declaration and reservation:", StatementKind.ReservationAndDeclaration, null)]
    [InlineData("Reservation upon ratification:", StatementKind.Reservation, ActionKind.Ratification)]
    [InlineData("Declaration made upon signature and confirmed upon ratification:", StatementKind.Declaration, ActionKind.Signature)]
    [InlineData("Reservation made upon ratification confirming in substance the reservation made upon signature:", StatementKind.Reservation, ActionKind.Ratification)]
    [InlineData("General reservation on article 2", StatementKind.Reservation, null)]
    [InlineData("(c) Reservation concerning article 15, paragraph 2:", StatementKind.Reservation, null)]
    public void KindHeading_DepositaryHeadings_KindAndOccasion(string heading, StatementKind kind, ActionKind? occasion) =>
        Assert.Equal((kind, occasion), ImportedStatements.KindHeading(heading, strict: false));

    [Theory]
    [InlineData("Article 29:")]
    [InlineData("Partial withdrawal of reservation")]
    [InlineData("Upon signature:")]
    [InlineData("[All other declarations and reservations were confirmed in substance upon ratification.]")]
    public void KindHeading_OtherSubHeadings_None(string heading) =>
        Assert.Null(ImportedStatements.KindHeading(heading, strict: false));

    [Fact]
    public void KindHeading_ParagraphThatOnlyStartsWithAKind_NoneWhenStrict()
    {
        Assert.Equal((StatementKind.Declaration, (ActionKind?)null), ImportedStatements.KindHeading("Declaration:", strict: true));
        Assert.Null(ImportedStatements.KindHeading("Reservations entered by the Government are as follows", strict: true));
    }

    [Theory]
    [InlineData("With regard to the reservation made by Qatar upon accession:", new[] { "Qatar" })]
    [InlineData("With regard to the reservation made by teh United Arab Emirates upon accession:", new[] { "United Arab Emirates" })]
    [InlineData("With regard to the reservations made by Micronesia (Federated States of) upon accession:", new[] { "Micronesia (Federated States of)" })]
    [InlineData("With regard to the reservations made by Fiji upon accession and Lesotho upon ratification:", new[] { "Fiji", "Lesotho" })]
    [InlineData("With regard to the reservation made by Trinidad and Tobago upon ratification:", new[] { "Trinidad and Tobago" })]
    [InlineData("With regard to the reservations made by Bahrain :", new[] { "Bahrain" })]
    [InlineData("With regard to the reservation made by the Libyan Arab Jamahiriya upon accession, as modified (see objection under 8 June 1990 and note 28):", new[] { "Libyan Arab Jamahiriya" })]
    [InlineData("Objection to the reservations made by Qatar upon accession:", new[] { "Qatar" })]
    [InlineData("With regard to the reservations made by Atlantis upon accession:", new[] { "Atlantis" })]
    public void ObjectionTargets_Headings_NamesAsWritten(string heading, string[] names) =>
        Assert.Equal(names, ImportedStatements.ObjectionTargets(heading, Mapper));

    [Fact]
    public void ObjectionTargets_NotAHeading_Null() =>
        Assert.Null(ImportedStatements.ObjectionTargets("The Government of Sweden also stated that:", Mapper));

    [Theory]
    [InlineData("4 Octobre 2002", 2002, 10, 4)]
    [InlineData("12 August 2003*", 2003, 8, 12)]
    [InlineData("14 July1994", 1994, 7, 14)]
    [InlineData("14  June 2007", 2007, 6, 14)]
    [InlineData("6 Jan 1958", 1958, 1, 6)]
    [InlineData("1 août 2001", 2001, 8, 1)]
    public void ParseDateLine_DepositaryDates_Read(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), ImportedStatements.ParseDateLine(text));

    [Theory]
    [InlineData("30 February 2002")]
    [InlineData("sometime in 2002")]
    [InlineData("12 Ju 2002")]
    public void ParseDateLine_NotADate_Null(string text) => Assert.Null(ImportedStatements.ParseDateLine(text));

    [Fact]
    public void From_QuirksFixture_OneRowPerHeadingWithOccasionAndTarget()
    {
        var statements = Read(ImporterTestFiles.Parse("quirks.en.xml") with { DeclarationsNote = Rule, ObjectionsNote = Rule });

        Assert.Equal(
            [
                ("BEL", StatementKind.Declaration, ActionKind.Signature, null, "Upon signature: Declaration:", null,
                    "\u201CThis signature binds the communities.\u201D\n\u2026 with a reservation regarding article 3."),
                ("NLD", StatementKind.Reservation, null, null, "Reservation:", null, "The Kingdom\u2019s reservation."),
                ("AUS", StatementKind.Objection, null, new DateOnly(2002, 10, 4), "With regard to the reservation made by the Netherlands upon approval:", "NLD",
                    "Australia objects."),
            ],
            statements.Select(s => (s.ParticipantId, s.Kind, s.Occasion, s.Date, s.Heading, s.TargetId, s.Text)));
    }

    [Fact]
    public void From_NoHeading_UnclassifiedUponTheParticipantsOneConsent()
    {
        var statements = Read(Document([new Statement("Bosnia and Herzegovina", [], [Para("Bosnia declares and reserves.")])]));

        var row = Assert.Single(statements);
        Assert.Equal((StatementKind.Unclassified, ActionKind.Succession, "Bosnia declares and reserves."), (row.Kind, row.Occasion, row.Text));
    }

    [Fact]
    public void From_SectionWithoutTheRule_NoOccasionIsAssumed()
    {
        var statements = Read(Document([new Statement("Bosnia and Herzegovina", [], [Title("Declaration:"), Para("Text.")])], note: "Declarations"));

        Assert.Null(Assert.Single(statements).Occasion);
    }

    [Fact]
    public void From_UmbrellaHeadingOverParts_OneRowPerPartUnderItsOccasion()
    {
        var statements = Read(Document([new Statement("Belgium", [],
        [
            Title("Declarations and reservations made upon signature and confirmed upon ratification:"),
            Title("Declarations:"),
            Para("i) Belgium declares."),
            Title("Reservation:"),
            Para("Belgium reserves."),
        ])]));

        Assert.Equal(
            [
                (StatementKind.Declaration, ActionKind.Signature, "Declarations and reservations made upon signature and confirmed upon ratification: Declarations:"),
                (StatementKind.Reservation, ActionKind.Signature, "Declarations and reservations made upon signature and confirmed upon ratification: Reservation:"),
            ],
            statements.Select(s => (s.Kind, s.Occasion, s.Heading)));
    }

    [Fact]
    public void From_ItalicParagraphHeadingAndArticleSubHeadings_SplitOnlyAtKinds()
    {
        var statements = Read(Document([new Statement("Belgium", [],
        [
            Title("Reservations:"),
            Title("Article 2:"),
            Para("Belgium reserves on article 2."),
            Para("Declaration:"),
            Para("Belgium declares."),
        ])]));

        Assert.Equal(
            [(StatementKind.Reservation, "Article 2:\nBelgium reserves on article 2."), (StatementKind.Declaration, "Belgium declares.")],
            statements.Select(s => (s.Kind, s.Text)));
    }

    [Fact]
    public void From_DatedCommunication_DateKeptAndNoOccasionAssumed()
    {
        var statements = Read(Document([new Statement("Belgium", [], [Date("1 June 2016"), Title("Reservation:"), Para("Belgium modifies.")])]));

        var row = Assert.Single(statements);
        Assert.Equal((new DateOnly(2016, 6, 1), (ActionKind?)null), (row.Date, row.Occasion));
    }

    [Fact]
    public void From_EntryWithNoText_OneUnclassifiedRowPointingToTheEndNotes()
    {
        var statements = Read(Document([new Statement("Belgium", ["8", "9"], [])]));

        var row = Assert.Single(statements);
        Assert.Equal(
            (StatementKind.Unclassified, string.Empty, "the entry has no text in the section; see end note(s) 8, 9 of the file"),
            (row.Kind, row.Text, row.Notes));
    }

    [Fact]
    public void From_ObjectionsUnderSeveralDatesAndHeadings_OneRowEach()
    {
        var statements = Read(Document([], [new Statement("Australia", [],
        [
            Date("21 March 2002"),
            Title("With regard to the reservation made by the Netherlands upon approval:"),
            Para("First objection."),
            Title("With regard to the reservations made by Belgium upon accession and Bosnia and Herzegovina upon succession:"),
            Para("Second objection."),
            Date("1 March 2017"),
            Para("An objection under no heading."),
        ])]));

        Assert.Equal(
            [
                (new DateOnly(2002, 3, 21), "NLD", "First objection.", ""),
                (new DateOnly(2002, 3, 21), "BEL", "Second objection.", "one objection to the statements of BEL and BIH; one row per participant it concerns"),
                (new DateOnly(2002, 3, 21), "BIH", "Second objection.", "one objection to the statements of BEL and BIH; one row per participant it concerns"),
                (new DateOnly(2017, 3, 1), null, "An objection under no heading.", ""),
            ],
            statements.Select(s => ((DateOnly?)s.Date, s.TargetId, s.Text, s.Notes)));
        Assert.All(statements, s => Assert.Equal(StatementKind.Objection, s.Kind));
    }

    [Fact]
    public void From_UndatedObjection_UponTheObjectorsConsentUnderTheSectionsRule()
    {
        var statements = Read(Document([], [new Statement("Australia", [], [Title("With regard to the reservation made by the Netherlands upon approval:"), Para("Objection.")])]));

        Assert.Equal(ActionKind.Ratification, Assert.Single(statements).Occasion);
    }

    [Fact]
    public void From_UnknownTargetOrDate_ReportedAsProblems()
    {
        var (_, problems) = ImportedStatements.From(
            Document([], [new Statement("Australia", [], [Date("sometime"), Title("With regard to the reservation made by Atlantis upon accession:"), Para("Objection.")])]),
            Mapper);

        Assert.Equal(
            [
                "Australia: the date line 'sometime' is not a date (D Month YYYY); the statement is recorded undated.",
                "Australia: the objection heading 'With regard to the reservation made by Atlantis upon accession:' names 'Atlantis', which maps to no participant (add it to the aliases of participants.csv).",
            ],
            problems);
    }

    [Fact]
    public void From_TerritorialApplications_OneRowEachWithTheDateOfReceipt()
    {
        var document = Document([]) with { TerritorialApplications = [new TerritorialApplication("Netherlands", ["4"], "3 Dec 1957", "Netherlands Antilles and Suriname")] };

        var row = Assert.Single(Read(document));

        Assert.Equal(
            ("NLD", StatementKind.TerritorialApplication, new DateOnly(1957, 12, 3), "Netherlands Antilles and Suriname", "see end note(s) 4 of the file"),
            (row.ParticipantId, row.Kind, row.Date!.Value, row.Text, row.Notes));
    }

    [Fact]
    public void XmlReader_TerritorialApplications_ReadFromTheTable()
    {
        var document = ImporterTestFiles.Parse("IV-11-c-small.en.xml");

        var application = Assert.Single(document.TerritorialApplications);
        Assert.Equal(("Albania", "5 Feb 2008", "All its territories"), (application.Participant, application.Date, application.Territories));
        Assert.Empty(application.Footnotes);
        Assert.Equal(Rule, document.DeclarationsNote.Replace("Declarations and Reservations ", string.Empty, StringComparison.Ordinal));
    }
}
