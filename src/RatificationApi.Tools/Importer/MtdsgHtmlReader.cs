using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RatificationApi.Importer;

/// <summary>
/// Reads the UN Treaty Collection status page (<c>ViewDetails*.aspx</c>) as a browser saves it (FORMAT.md §5):
/// the "STATUS AS AT" stamp, the header repeaters, the participants grid (the table whose id ends in
/// <c>tblgrid</c>), the declarations and objections grids and the end notes.
/// </summary>
internal static partial class MtdsgHtmlReader
{
    public static bool LooksLikeHtml(string text) => HtmlStart().IsMatch(text);

    public static bool HasParticipantsGrid(string text) => text.Contains("tblgrid", StringComparison.OrdinalIgnoreCase);

    public static MtdsgDocument Read(byte[] bytes)
    {
        var html = MtdsgText.RepairControlCharacters(Decode(bytes));
        var page = new HtmlFragments(html);
        var grid = page.ById("tblgrid")
            ?? throw new MtdsgFormatException("The HTML page has no participants grid (no table whose id ends in 'tblgrid'): it is not a treaty status page.");
        var rows = HtmlFragments.TableRows(grid);
        if (rows.Count == 0)
        {
            throw new MtdsgFormatException("The participants grid of the page has no rows.");
        }

        var table = ParticipantsTable.Build(rows[0], rows.Skip(1));
        return new MtdsgDocument(
            MtdsgFormat.Html,
            ReadHeader(html, page, table.ParticipantFootnotes),
            table.Columns,
            table.Rows,
            Statements(page, "dgDec"),
            Statements(page, "dgObj"),
            EndNotes(page),
            table.Problems)
        {
            // The site spells the first id "divDecTilte"; accept the correct spelling too.
            DeclarationsNote = MtdsgText.ToPlainText(page.ById("divDecTilte") ?? page.ById("divDecTitle") ?? string.Empty),
            ObjectionsNote = MtdsgText.ToPlainText(page.ById("divObjTitle") ?? string.Empty),
        };
    }

    // A BOM wins, then a meta charset near the top; the site serves UTF-8.
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }

        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var declared = MetaCharset().Match(head);
        var encoding = declared.Success ? MtdsgText.EncodingFor(declared.Groups["name"].Value) : null;
        return (encoding ?? new UTF8Encoding(false)).GetString(bytes);
    }

    private static MtdsgHeader ReadHeader(string html, HtmlFragments page, IReadOnlyList<string> participantFootnotes)
    {
        var chapter = Text(page, "rptHead_ctl00_tcHead");
        var numberedTitle = NumberedTitle().Match(Text(page, "rptTreaty_ctl00_tcTreaty"));
        var (place, date) = MtdsgXmlReader.SplitConclusion(Text(page, "rptTreaty_ctl00_tcText"));
        var eifLabel = Text(page, "rptEIF_ctl00_tcEifLabel");
        var eif = Text(page, "rptEIF_ctl00_tcText");
        var status = Text(page, "rptStatus_ctl00_tcText");

        // The form posts back to its own URL, which names the MTDSG number exactly; the title's "8." is the fallback.
        var number = MtdsgNumberInUrl().Match(html) is { Success: true } url
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
            StatusAsAt(html),
            participantFootnotes);
    }

    /// <summary>The <c>STATUS AS AT : DD-MM-YYYY hh:mm:ss EDT</c> stamp's date; null when the page has none.</summary>
    internal static DateOnly? StatusAsAt(string html)
    {
        var match = StatusStamp().Match(html);
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

    private static string Text(HtmlFragments page, string idSuffix) => MtdsgText.WithoutFootnotes(page.ById(idSuffix) ?? string.Empty);

    // The grids repeat a participant div and a text div per entry, numbered ctl02, ctl03, …
    private static List<Statement> Statements(HtmlFragments page, string grid)
    {
        var names = page.ByIdPattern(GridDiv()).Where(e => e.Id.Groups["grid"].Value == grid).ToList();
        var statements = new List<Statement>();
        foreach (var (id, inner) in names.Where(e => e.Id.Groups["part"].Value == "Participant"))
        {
            var text = names.FirstOrDefault(e => e.Id.Groups["part"].Value == "Text" && e.Id.Groups["ctl"].Value == id.Groups["ctl"].Value).Inner;
            statements.Add(new Statement(MtdsgText.WithoutFootnotes(inner), MtdsgText.Footnotes(inner), StatementTexts(text ?? string.Empty)));
        }

        return statements;
    }

    /// <summary>
    /// Splits a statement's markup into lines at <c>&lt;br&gt;</c> and paragraph tags: a right-aligned paragraph is a
    /// date line, a line that is italic throughout is a sub-heading (<c>&lt;i&gt;Reservations:&lt;/i&gt;</c>), and any other
    /// line is a paragraph, its inline italics (<c>&lt;i&gt;Sharia&lt;/i&gt;</c>) kept as text. The hidden copy of the
    /// participant's name is dropped.
    /// </summary>
    internal static List<StatementText> StatementTexts(string markup)
    {
        var texts = new List<StatementText>();
        var html = RightParagraph().Replace(InvisibleParagraph().Replace(markup, string.Empty), m => $"<br>{DateMark}{m.Groups["date"].Value}<br>");
        foreach (var line in ParagraphBreak().Split(html))
        {
            var start = LeadingSpace().Replace(line, string.Empty);
            var date = start.StartsWith(DateMark, StringComparison.Ordinal);
            var text = MtdsgText.ToPlainText(date ? start[DateMark.Length..] : start);
            if (text.Length > 0)
            {
                texts.Add(new StatementText(date ? StatementTextRole.Date : IsItalicThroughout(start) ? StatementTextRole.Title : StatementTextRole.Paragraph, text));
            }
        }

        return texts;
    }

    private const string DateMark = "\u0001date:";

    // The site leaves its tags unbalanced across <br>s ("<i>Reservations:<br></n></i>"), so a line that opens
    // with <i> and has no text after its </i> (or no </i> at all) is italic throughout.
    private static bool IsItalicThroughout(string line)
    {
        if (!line.StartsWith("<i>", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var close = line.IndexOf("</i>", StringComparison.OrdinalIgnoreCase);
        return close < 0 || MtdsgText.ToPlainText(line[(close + 4)..]).Length == 0;
    }

    private static List<EndNote> EndNotes(HtmlFragments page) =>
        [.. page.ByIdPattern(NoteDiv()).Select(n => NoteAnchor().Match(n.Inner) is { Success: true } anchor
            ? new EndNote(anchor.Groups["index"].Value, string.Join("\n", ParagraphBreak().Split(n.Inner[(anchor.Index + anchor.Length)..])
                .Select(MtdsgText.ToPlainText).Where(t => t.Length > 0)))
            : new EndNote(string.Empty, MtdsgText.ToPlainText(n.Inner)))];

    [GeneratedRegex(@"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html\b)", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex HtmlStart();

    [GeneratedRegex(@"<meta\b[^>]*charset\s*=\s*[""']?(?<name>[A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

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

    [GeneratedRegex(@"<a\s+name\s*=\s*[""']?(?<index>[^""'\s>]+)[""']?\s*>.*?</a>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex NoteAnchor();

    [GeneratedRegex(@"<p\b[^>]*class\s*=\s*[""']?invisible[""']?[^>]*>.*?</p>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex InvisibleParagraph();

    [GeneratedRegex(@"<p\b[^>]*align\s*=\s*[""']?right[""']?[^>]*>(?<date>.*?)</p>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex RightParagraph();

    [GeneratedRegex(@"^(?:\s|&nbsp;|&#160;|\u00A0|</?n>)+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingSpace();

    [GeneratedRegex(@"<br\s*/?>|</?p\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();
}
