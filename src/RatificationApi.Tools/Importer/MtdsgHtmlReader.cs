using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace RatificationApi.Importer;

/// <summary>
/// Reads the UN Treaty Collection status page (<c>ViewDetails*.aspx</c>) as a browser saves it (docs/depositary-format.md):
/// the "STATUS AS AT" stamp, the header repeaters, the participants grid (the table whose id ends in
/// <c>tblgrid</c>), the declarations and objections grids and the end notes.
/// </summary>
/// <remarks>
/// AngleSharp builds the DOM as a browser would, so the site's unbalanced tags, optional quotes and missing end
/// tags need no care here. ASP.NET prefixes ids with master-page names that changed over time, so elements are
/// found by the end of their id.
/// </remarks>
internal static partial class MtdsgHtmlReader
{
    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text);

    public static bool HasParticipantsGrid(string text) => text.Contains("tblgrid", StringComparison.OrdinalIgnoreCase);

    public static MtdsgDocument Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);

        // AngleSharp decodes as a browser does: a BOM wins, then a meta charset; the site serves UTF-8, the default.
        using var stream = new MemoryStream(bytes, writable: false);
        using var page = MtdsgText.Parser.ParseDocument(stream);
        RepairControlCharacters(page);
        var grid = ById(page, "tblgrid") as IHtmlTableElement
            ?? throw new MtdsgFormatException("The HTML page has no participants grid (no table whose id ends in 'tblgrid'): it is not a treaty status page.");
        var rows = grid.Rows.Select(r => (IReadOnlyList<string>)[.. r.Cells.Select(c => c.InnerHtml)]).ToList();
        if (rows.Count == 0)
        {
            throw new MtdsgFormatException("The participants grid of the page has no rows.");
        }

        var table = ParticipantsTable.Build(rows[0], rows.Skip(1));
        return new MtdsgDocument(
            MtdsgFormat.Html,
            ReadHeader(page, table.ParticipantFootnotes),
            table.Columns,
            table.Rows,
            Statements(page, "dgDec"),
            Statements(page, "dgObj"),
            EndNotes(page),
            table.Problems)
        {
            // The site spells the first id "divDecTilte"; accept the correct spelling too.
            DeclarationsNote = PlainText(ById(page, "divDecTilte") ?? ById(page, "divDecTitle")),
            ObjectionsNote = PlainText(ById(page, "divObjTitle")),
        };
    }

    // The control bytes are in the text the site wrote, so they are repaired where text is, after decoding.
    private static void RepairControlCharacters(IDocument page)
    {
        foreach (var text in page.Descendants<IText>())
        {
            text.Data = MtdsgText.RepairControlCharacters(text.Data);
        }
    }

    /// <summary>The first element, in document order, whose id ends with <paramref name="idSuffix"/>.</summary>
    private static IElement? ById(IParentNode page, string idSuffix) => page.QuerySelector($"[id$='{idSuffix}']");

    private static string PlainText(IElement? element) => element is null ? string.Empty : MtdsgText.ToPlainText(element);

    private static MtdsgHeader ReadHeader(IDocument page, IReadOnlyList<string> participantFootnotes)
    {
        var chapter = Text(page, "rptHead_ctl00_tcHead");
        var numberedTitle = NumberedTitle().Match(Text(page, "rptTreaty_ctl00_tcTreaty"));
        var (place, date) = MtdsgXmlReader.SplitConclusion(Text(page, "rptTreaty_ctl00_tcText"));
        var eifLabel = Text(page, "rptEIF_ctl00_tcEifLabel");
        var eif = Text(page, "rptEIF_ctl00_tcText");
        var status = Text(page, "rptStatus_ctl00_tcText");

        // The form posts back to its own URL, which names the MTDSG number exactly; the title's "8." is the fallback.
        var number = page.QuerySelector("form[action*='mtdsg_no='], a[href*='mtdsg_no=']") is { } link
            && MtdsgNumberInUrl().Match(link.GetAttribute(link is IHtmlFormElement ? "action" : "href")!) is { Success: true } url
            ? url.Groups["number"].Value
            : MtdsgXmlReader.Number(chapter, numberedTitle.Groups["num"].Value, numberedTitle.Groups["sub"].Value);

        return new MtdsgHeader(
            number,
            chapter,
            numberedTitle.Groups["title"].Value,
            place,
            date,
            eifLabel.StartsWith("Not yet", StringComparison.OrdinalIgnoreCase) ? $"{eifLabel}: {eif}" : eif,
            Text(page, "rptRegistration_ctl00_tcText"),
            CountAfter(status, "Signatories"),
            CountAfter(status, "Parties"),
            StatusAsAt(page),
            participantFootnotes);
    }

    /// <summary>The <c>STATUS AS AT : DD-MM-YYYY hh:mm:ss EDT</c> stamp's date; null when the page has none.</summary>
    internal static DateOnly? StatusAsAt(string html) => StatusAsAt(MtdsgText.Parser.ParseDocument(html));

    private static DateOnly? StatusAsAt(IDocument page)
    {
        var match = StatusStamp().Match(page.DocumentElement.TextContent);
        return match.Success && DateOnly.TryParseExact(
            $"{match.Groups["d"].Value.PadLeft(2, '0')}-{match.Groups["m"].Value.PadLeft(2, '0')}-{match.Groups["y"].Value}",
            "dd-MM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private static int? CountAfter(string status, string label) =>
        Regex.Match(status, $@"{label}\s*:\s*(?<n>\d+)", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)) is { Success: true } m
            ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)
            : null;

    private static string Text(IDocument page, string idSuffix) => ById(page, idSuffix) is { } element ? MtdsgText.WithoutFootnotes(element) : string.Empty;

    // The grids repeat a participant div and a text div per entry, numbered ctl02, ctl03, …
    private static List<Statement> Statements(IDocument page, string grid)
    {
        var parts = page.QuerySelectorAll($"[id*='_{grid}_ctl']")
            .Select(e => (Id: GridDiv().Match(e.Id!), Element: e))
            .Where(e => e.Id.Success)
            .ToList();
        var statements = new List<Statement>();
        foreach (var (id, participant) in parts.Where(e => e.Id.Groups["part"].Value == "Participant"))
        {
            var text = parts.FirstOrDefault(e => e.Id.Groups["part"].Value == "Text" && e.Id.Groups["ctl"].Value == id.Groups["ctl"].Value).Element;
            statements.Add(new Statement(
                MtdsgText.WithoutFootnotes(participant), MtdsgText.Footnotes(participant), text is null ? [] : StatementTexts(text)));
        }

        return statements;
    }

    /// <summary>
    /// Splits a statement into lines at <c>&lt;br&gt;</c> and paragraphs: a right-aligned paragraph is a date line, a
    /// line whose text is all in italics is a sub-heading (<c>&lt;i&gt;Reservations:&lt;/i&gt;</c>), and any other line
    /// is a paragraph, its inline italics (<c>&lt;i&gt;Sharia&lt;/i&gt;</c>) kept as text. The hidden copy of the
    /// participant's name is dropped.
    /// </summary>
    internal static List<StatementText> StatementTexts(string markup) => StatementTexts(MtdsgText.Fragment(markup));

    private static List<StatementText> StatementTexts(IElement statement)
    {
        var lines = new Lines();
        lines.Add(statement.ChildNodes.Where(n => !(n is IHtmlParagraphElement p && p.ClassList.Contains("invisible"))));
        return [.. lines.Done().Select(l => new StatementText(l.Date ? StatementTextRole.Date : l.Italic ? StatementTextRole.Title : StatementTextRole.Paragraph, l.Text))];
    }

    // An end note opens with an anchor named by its index; its text is the lines after the anchor.
    private static List<EndNote> EndNotes(IDocument page) =>
        [.. page.QuerySelectorAll("[id$='divNotesAll']").Where(n => NoteDiv().IsMatch(n.Id!)).Select(note =>
        {
            if (note.QuerySelector("a[name]") is not { } anchor)
            {
                return new EndNote(string.Empty, MtdsgText.ToPlainText(note));
            }

            var lines = new Lines();
            for (INode? node = anchor; node is not null && node != note; node = node.Parent)
            {
                var after = new List<INode>();
                for (var next = node.NextSibling; next is not null; next = next.NextSibling)
                {
                    after.Add(next);
                }

                lines.Add(after);
            }

            return new EndNote(anchor.GetAttribute("name")!, string.Join("\n", lines.Done().Select(l => l.Text)));
        })];

    /// <summary>
    /// Text cut into lines at <c>br</c> and at paragraph bounds. A line is a date when it is a right-aligned paragraph,
    /// and a sub-heading when it opens with an <c>&lt;i&gt;</c> and has no text after the first <c>&lt;/i&gt;</c>; only
    /// elements written in the markup count, not those the parser reopens (the site leaves <c>&lt;i&gt;</c> unclosed
    /// after a sub-heading, "<c>&lt;i&gt;Upon signature:&lt;br&gt;</c>", and the lines after it are still paragraphs).
    /// </summary>
    private sealed class Lines
    {
        private readonly List<(string Text, bool Date, bool Italic)> _done = [];
        private readonly StringBuilder _text = new();
        private bool _date;
        private Head _head;

        private enum Head
        {
            Start,
            Italic,
            AfterItalic,
            Roman,
        }

        public void Add(IEnumerable<INode> nodes)
        {
            foreach (var node in nodes)
            {
                Add(node);
            }
        }

        public List<(string Text, bool Date, bool Italic)> Done()
        {
            Break();
            return _done;
        }

        private void Add(INode node)
        {
            switch (node)
            {
                case IText text:
                    _text.Append(text.Data);
                    if (_head != Head.Italic && MtdsgText.CollapseWhitespace(text.Data).Length > 0)
                    {
                        _head = Head.Roman;
                    }

                    break;
                case IHtmlBreakRowElement:
                    Break();
                    break;
                case IHtmlParagraphElement paragraph:
                    Break();
                    _date = string.Equals(paragraph.GetAttribute("align"), "right", StringComparison.OrdinalIgnoreCase);
                    AddChildren(paragraph);
                    Break();
                    break;
                case IElement element:
                    var written = element.SourceReference is not null && element.LocalName != "n";
                    var italic = element.LocalName == "i";
                    if (written && _head == Head.Start)
                    {
                        _head = italic ? Head.Italic : Head.Roman;
                    }

                    var inline = MtdsgText.IsInline(element);
                    _text.Append(inline ? string.Empty : " ");
                    AddChildren(element);
                    _text.Append(inline ? string.Empty : " ");
                    if (written)
                    {
                        _head = (_head, italic) switch
                        {
                            (Head.Italic, true) => Head.AfterItalic,
                            (Head.Start, _) => Head.Roman,
                            _ => _head,
                        };
                    }

                    break;
            }
        }

        private void AddChildren(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                Add(child);
            }
        }

        private void Break()
        {
            var text = MtdsgText.CollapseWhitespace(_text.ToString());
            if (text.Length > 0)
            {
                _done.Add((text, _date, _head is Head.Italic or Head.AfterItalic));
            }

            _text.Clear();
            _date = false;
            _head = Head.Start;
        }
    }

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"STATUS\s+AS\s+AT\s*:?\s*(?<d>\d{1,2})-(?<m>\d{1,2})-(?<y>\d{4})", RegexOptions.IgnoreCase)]
    private static partial Regex StatusStamp();

    [GeneratedRegex(@"mtdsg_no=(?<number>[IVXLC]+-\d+(?:-[a-z])?)(?![A-Za-z0-9-])")]
    private static partial Regex MtdsgNumberInUrl();

    // "8. Convention …", and "11. c Optional Protocol …" (IV-11-c: the sub-number's letter stands bare); titles start in capitals.
    [GeneratedRegex(@"^(?<num>\d+)\s*\.?\s*(?:(?<sub>[a-z])(?:\s*[.)])?\s+)?(?<title>.*)$", RegexOptions.Singleline)]
    private static partial Regex NumberedTitle();

    [GeneratedRegex(@"_(?<grid>dg[A-Za-z]+)_ctl(?<ctl>\d+)_div(?<part>Participant|Text)$")]
    private static partial Regex GridDiv();

    [GeneratedRegex(@"_dgNotesAll_ctl\d+_divNotesAll$")]
    private static partial Regex NoteDiv();
}
