using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace RatificationApi.Importer;

/// <summary>
/// Reads an MTDSG XML file (<c>Document/Treaty</c>, FORMAT.md §4). Sections are found by name, never by
/// position, because their order depends on the template; inline markup inside texts is escaped text,
/// not elements, and is handled by <see cref="MtdsgText"/>.
/// </summary>
internal static partial class MtdsgXmlReader
{
    public static MtdsgDocument Read(byte[] bytes)
    {
        var text = MtdsgText.BareAmpersandsAsEllipsis(MtdsgText.RepairControlCharacters(Decode(bytes)));
        var treaty = Load(text).Root is { Name.LocalName: "Document" } root && root.Element("Treaty") is { } t
            ? t
            : throw new MtdsgFormatException("The XML is not an MTDSG file: its root is not <Document><Treaty>.");

        var participants = treaty.Element("Participants")
            ?? throw new MtdsgFormatException(
                "The file has no Participants table (a header-only copy, like the truncated IV-8 and XVIII-12 files of 2018); nothing to import.");
        var headerCells = participants.Descendants("Thead").Descendants("Row").FirstOrDefault()?.Elements("Entry").Select(e => e.Value).ToList()
            ?? throw new MtdsgFormatException("The Participants table has no header row (Thead/Row).");
        var bodyRows = participants.Descendants("Tbody").Descendants("Row")
            .Select(r => (IReadOnlyList<string>)[.. r.Elements("Entry").Select(e => e.Value)]);
        var table = ParticipantsTable.Build(headerCells, bodyRows);

        return new MtdsgDocument(
            MtdsgFormat.Xml,
            ReadHeader(treaty, table.ParticipantFootnotes),
            table.Columns,
            table.Rows,
            Statements(treaty.Element("Declarations"), "Declaration"),
            Statements(treaty.Element("Objections"), "Objection"),
            EndNotes(treaty.Element("EndNotes")),
            table.Problems)
        {
            DeclarationsNote = SectionNote(treaty.Element("Declarations")),
            ObjectionsNote = SectionNote(treaty.Element("Objections")),
            TerritorialApplications = TerritorialApplications(treaty.Element("TerritorialApplications")),
        };
    }

    // The section's Title lines break one sentence over several elements.
    private static string SectionNote(XElement? section) =>
        section is null ? string.Empty : MtdsgText.CollapseWhitespace(string.Join(" ", section.Elements("Title").Select(t => MtdsgText.ToPlainText(t.Value))));

    // FORMAT.md §4.6: show="YES" does not imply rows, so only the Application elements count.
    private static List<TerritorialApplication> TerritorialApplications(XElement? section) =>
        section is null
            ? []
            : [.. section.Elements("Application").Select(a => new TerritorialApplication(
                MtdsgText.WithoutFootnotes(a.Element("Participant")?.Value ?? string.Empty),
                MtdsgText.Footnotes(a.Element("Participant")?.Value ?? string.Empty),
                MtdsgText.ToPlainText(a.Element("DateNotification")?.Value ?? string.Empty),
                MtdsgText.ToPlainText(a.Element("Territories")?.Value ?? string.Empty)))];

    // The declaration names the encoding (iso-8859-1 in every known file, in either case); XML's default is UTF-8.
    private static string Decode(byte[] bytes)
    {
        if (bytes is [0xEF, 0xBB, 0xBF, ..])
        {
            return new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        }

        var prolog = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 200));
        var declared = EncodingDeclaration().Match(prolog);
        var encoding = declared.Success ? MtdsgText.EncodingFor(declared.Groups["name"].Value) : new UTF8Encoding(false);
        return (encoding ?? throw new MtdsgFormatException($"The XML declares the unknown encoding '{declared.Groups["name"].Value}'."))
            .GetString(bytes);
    }

    private static XDocument Load(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new MtdsgFormatException($"The XML is not well-formed even after repairing control bytes and bare '&': {ex.Message}");
        }
    }

    private static MtdsgHeader ReadHeader(XElement treaty, IReadOnlyList<string> participantFootnotes)
    {
        var header = treaty.Element("Header");
        var data = header?.Element("ExternalData");
        var chapter = MtdsgText.ToPlainText(header?.Element("Chapter")?.Element("Header")?.Value ?? string.Empty);
        var title = Plain(data?.Element("Titlesect")) is { Length: > 0 } t ? t : Plain(data?.Element("Subtitlesect"));
        var (place, date) = SplitConclusion(Plain(data?.Element("Conclusion")));
        var eifLabel = Plain(data?.Element("EIF")?.Element("Label"));
        var eif = Plain(data?.Element("EIF")?.Element("Labeltext"));
        var status = data?.Element("Status");

        return new MtdsgHeader(
            Number(chapter, Plain(data?.Element("Numsect")), Plain(data?.Element("Subnumsect"))),
            chapter,
            title,
            place,
            date,
            eifLabel.StartsWith("Not yet", StringComparison.OrdinalIgnoreCase) ? $"{eifLabel}: {eif}" : eif,
            Plain(data?.Element("Registration")?.Element("Labeltext")),
            Count(status?.Element("Signatories")),
            Count(status?.Element("Parties")),
            StatusAsAt: null,
            participantFootnotes);
    }

    /// <summary>The MTDSG number from its parts: chapter <c>CHAPTER XVIII</c>, Numsect <c>12</c>, Subnumsect <c>a</c>.</summary>
    internal static string? Number(string chapter, string numsect, string subnumsect)
    {
        var roman = ChapterNumber().Match(chapter);
        if (!roman.Success || numsect.Length == 0)
        {
            return null;
        }

        var prefix = $"{roman.Groups["roman"].Value.ToUpperInvariant()}-{numsect}";
        return subnumsect.Length > 0 ? $"{prefix}-{subnumsect}" : prefix;
    }

    /// <summary><c>Geneva, 7 September 1956</c>: the date follows the last comma; some have no place.</summary>
    internal static (string Place, string Date) SplitConclusion(string conclusion)
    {
        var comma = conclusion.LastIndexOf(',');
        return comma < 0 ? (string.Empty, conclusion) : (conclusion[..comma].Trim(), conclusion[(comma + 1)..].Trim());
    }

    private static List<Statement> Statements(XElement? section, string entryName) =>
        section is null
            ? []
            : [.. section.Elements(entryName).Select(e => new Statement(
                MtdsgText.WithoutFootnotes(e.Element("Participant")?.Value ?? string.Empty),
                MtdsgText.Footnotes(e.Element("Participant")?.Value ?? string.Empty),
                [.. e.Elements("text").Select(StatementTextOf).Where(t => t.Text.Length > 0)]))];

    private static StatementText StatementTextOf(XElement text)
    {
        var type = (string?)text.Attribute("type");
        var role = type switch
        {
            "title" => StatementTextRole.Title,
            "para" => StatementTextRole.Paragraph,

            // An untyped text holds a date as escaped <right>D Month YYYY</right>.
            _ when text.Value.Contains("<right>", StringComparison.OrdinalIgnoreCase) => StatementTextRole.Date,
            _ => StatementTextRole.Paragraph,
        };
        return new StatementText(role, MtdsgText.ToPlainText(text.Value));
    }

    private static List<EndNote> EndNotes(XElement? section) =>
        section is null
            ? []
            : [.. section.Elements("Note").Select(n => new EndNote(
                MtdsgText.ToPlainText(n.Element("index")?.Value ?? string.Empty),
                string.Join("\n", n.Elements("text").Select(t => MtdsgText.ToPlainText(t.Value)).Where(t => t.Length > 0))))];

    private static string Plain(XElement? element) => element is null ? string.Empty : MtdsgText.WithoutFootnotes(element.Value);

    private static int? Count(XElement? element) => element is null ? null : MtdsgText.FirstNumber(element.Value);

    [GeneratedRegex(@"encoding\s*=\s*[""'](?<name>[^""']+)[""']", RegexOptions.IgnoreCase)]
    private static partial Regex EncodingDeclaration();

    [GeneratedRegex(@"CHAPTER\s+(?<roman>[IVXLC]+)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ChapterNumber();
}
