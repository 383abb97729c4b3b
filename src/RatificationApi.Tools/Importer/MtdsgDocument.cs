using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>Which of the depositary's two formats a document was read from.</summary>
internal enum MtdsgFormat
{
    /// <summary>The MTDSG XML file (<c>*.en.xml</c>); it carries no "as at" date.</summary>
    Xml,

    /// <summary>The status page (<c>ViewDetails*.aspx</c>) as saved by a browser; it carries "STATUS AS AT".</summary>
    Html,
}

/// <summary>
/// One depositary status document, as the depositary wrote it: nothing here is mapped to the
/// project's participants or instruments yet, so that the parser stays a pure function of the bytes.
/// </summary>
/// <remarks><c>Problems</c>: Cells the parser could not read (not a date, a marker the legend lacks), one line each.</remarks>
internal sealed record MtdsgDocument(
    MtdsgFormat Format,
    MtdsgHeader Header,
    IReadOnlyList<ParticipantColumn> Columns,
    IReadOnlyList<ParticipantEntry> Rows,
    IReadOnlyList<Statement> Declarations,
    IReadOnlyList<Statement> Objections,
    IReadOnlyList<EndNote> EndNotes,
    IReadOnlyList<string> Problems)
{
    /// <summary>The Declarations section's own heading lines, e.g. "(Unless otherwise indicated, the declarations and reservations were made upon ratification, accession or succession.)".</summary>
    public string DeclarationsNote { get; init; } = string.Empty;

    /// <summary>The Objections section's own heading lines.</summary>
    public string ObjectionsNote { get; init; } = string.Empty;

    /// <summary>The TerritorialApplications table (XML only; the status page sample has none).</summary>
    public IReadOnlyList<TerritorialApplication> TerritorialApplications { get; init; } = [];

    public string? EndNote(string index) =>
        EndNotes.FirstOrDefault(n => string.Equals(n.Index, index, StringComparison.Ordinal))?.Text;
}

/// <summary>The document's header block.</summary>
/// <remarks>
/// <para><c>Number</c>: The MTDSG number (e.g. <c>XVIII-12-a</c>), when the document gives one.</para>
/// <para><c>Chapter</c>: The chapter as written (e.g. <c>CHAPTER XVIII</c>).</para>
/// <para><c>ConclusionPlace</c>: Where the treaty was concluded (the text before the last comma of Conclusion).</para>
/// <para><c>ConclusionDate</c>: When, as written (the text after the last comma).</para>
/// <para><c>Signatories</c>: The stated number of signatories; null when the header states none.</para>
/// <para><c>Parties</c>: The stated number of parties; null when the header states none.</para>
/// <para><c>StatusAsAt</c>: The HTML page's "STATUS AS AT" date; null for XML, which carries none.</para>
/// <para><c>ParticipantFootnotes</c>: Footnotes on the Participant column header: they concern every participant.</para>
/// </remarks>
internal sealed record MtdsgHeader(
    string? Number,
    string Chapter,
    string Title,
    string ConclusionPlace,
    string ConclusionDate,
    string EntryIntoForce,
    string Registration,
    int? Signatories,
    int? Parties,
    DateOnly? StatusAsAt,
    IReadOnlyList<string> ParticipantFootnotes);

/// <summary>What a column holds, judged from the kinds its legend names.</summary>
internal enum ColumnRole
{
    /// <summary>Signatures (including succession to signature): a non-bracketed cell makes a signatory.</summary>
    Signature,

    /// <summary>Consents to be bound: a non-bracketed cell makes a party.</summary>
    Consent,

    /// <summary>Anything else (provisional application, notifications, extensions): neither counted nor imported.</summary>
    Other,
}

/// <summary>One item of a column legend: <c>Accession(a)</c> is marker <c>a</c> meaning "Accession".</summary>
/// <remarks>
/// <para><c>Marker</c>: The suffix marker; empty for the legend's unmarked item.</para>
/// <para><c>Kind</c>: The project's action kind for the meaning; null when the project has none for it.</para>
/// </remarks>
internal sealed record LegendItem(string Marker, string Meaning, ActionKind? Kind);

/// <summary>A column of the participants table after the name column, with its legend read from its header.</summary>
/// <remarks><c>Index</c>: 0-based position among the date columns (the name column is not counted).</remarks>
internal sealed record ParticipantColumn(int Index, string Header, IReadOnlyList<LegendItem> Legend, ColumnRole Role)
{
    /// <summary>The item a cell's marker stands for; the unmarked item for an empty marker; null when the legend lacks it.</summary>
    public LegendItem? Item(string marker) =>
        Legend.FirstOrDefault(i => string.Equals(i.Marker, marker, StringComparison.Ordinal));
}

/// <summary>One dated cell. A bracketed cell records an action of a participant that has since withdrawn.</summary>
/// <remarks>
/// <para><c>Marker</c>: The suffix after the date (<c>a</c>, <c>AA</c>, …); empty when unmarked.</para>
/// <para><c>Item</c>: The legend item the marker stands for; null when the column's legend does not define it.</para>
/// <para><c>Raw</c>: The cell text as written, for messages.</para>
/// </remarks>
internal sealed record DateCell(DateOnly Date, string Marker, LegendItem? Item, bool Bracketed, string Raw)
{
    public ActionKind? Kind => Item?.Kind;
}

/// <summary>One row of the participants table.</summary>
/// <remarks>
/// <para><c>Name</c>: The name with footnote references and markup removed.</para>
/// <para><c>Footnotes</c>: The footnote numbers on the name, in order.</para>
/// <para><c>Cells</c>: One per <see cref="MtdsgDocument.Columns"/> entry; null for an empty cell.</para>
/// </remarks>
internal sealed record ParticipantEntry(string Name, IReadOnlyList<string> Footnotes, IReadOnlyList<DateCell?> Cells)
{
    /// <summary>Any bracketed date means the participant has withdrawn (FORMAT.md §4.4).</summary>
    public bool Withdrawn => Cells.Any(c => c is { Bracketed: true });
}

/// <summary>How a paragraph of a statement reads: a sub-heading, a paragraph, or a date line.</summary>
internal enum StatementTextRole
{
    Title,
    Paragraph,
    Date,
}

internal sealed record StatementText(StatementTextRole Role, string Text);

/// <summary>A declaration, reservation or objection entry: a participant and its texts.</summary>
internal sealed record Statement(string Participant, IReadOnlyList<string> Footnotes, IReadOnlyList<StatementText> Texts)
{
    /// <summary>
    /// Whether a sub-heading says the statement was made upon signature ("Upon signature:", "made upon signature
    /// and confirmed upon ratification"). The section's own rule is that statements were made upon
    /// ratification, accession or succession unless otherwise indicated.
    /// </summary>
    public bool MentionsSignature => Texts.Any(t =>
        t.Role == StatementTextRole.Title && t.Text.Contains("signature", StringComparison.OrdinalIgnoreCase));
}

internal sealed record EndNote(string Index, string Text);

/// <summary>One row of the TerritorialApplications table: who notified, when (as written), and for which territories.</summary>
internal sealed record TerritorialApplication(string Participant, IReadOnlyList<string> Footnotes, string Date, string Territories);

/// <summary>An expected problem with the input file; its message is one line for the user.</summary>
internal sealed class MtdsgFormatException(string message) : Exception(message);
