using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Text;
using System.Text.RegularExpressions;

namespace RatificationApi.Importer;

/// <summary>
/// Text-level repairs and helpers shared by the XML and HTML readers: decoding, the depositary's stray
/// control bytes, bare ampersands, inline markup and footnote references (docs/depositary-format.md).
/// </summary>
internal static partial class MtdsgText
{
    private const string MaintenanceText = "urgent maintenance and is currently unavailable";

    /// <summary>Whether the bytes are the depositary's maintenance page rather than a document.</summary>
    public static bool IsMaintenancePage(string text) => text.Contains(MaintenanceText, StringComparison.OrdinalIgnoreCase);

    /// <summary>The encoding a declaration or meta tag names; null when .NET does not know it.</summary>
    public static Encoding? EncodingFor(string name)
    {
        var normalized = name.Trim().ToUpperInvariant();
        return normalized switch
        {
            "UTF-8" or "UTF8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            "ISO-8859-1" or "ISO8859-1" or "LATIN1" or "LATIN-1" => Encoding.Latin1,

            // The code-pages provider ships with .NET; asking it directly avoids registering it process-wide.
            _ => CodePagesEncodingProvider.Instance.GetEncoding(normalized) ?? TryGetEncoding(normalized),
        };
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            return Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// Maps the C0 control bytes the depositary writes in place of typographic characters back to the characters
    /// they stand for: the low byte of U+201C/201D, U+2018/2019, U+2013 and U+2002 was written, and the status page
    /// of 2026 has those very characters where the XML of 2018 has the bytes (IV-11-c). The other control bytes are
    /// dropped, since no XML parser accepts them. TAB, LF and CR stay.
    /// </summary>
    public static string RepairControlCharacters(string text)
    {
        if (!text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            char? repaired = c switch
            {
                '\x1C' => '\u201C',
                '\x1D' => '\u201D',
                '\x18' => '\u2018',
                '\x19' => '\u2019',
                '\x13' => '\u2013',
                '\x02' => ' ',
                < ' ' when c is not ('\t' or '\n' or '\r') => null,
                _ => c,
            };
            if (repaired is { } kept)
            {
                builder.Append(kept);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Writes every <c>&amp;</c> that does not start an entity as the ellipsis it stands for, so that a strict XML parser
    /// accepts the text. The same bug as the control bytes wrote the low byte of U+2026 "…", which is 0x26 "&amp;": in
    /// the OPSC XML of 2018 each of the eight bare ones stands where the depositary's page of 2026 has "…" ("[&amp;]" is
    /// "[…]", "Northern Ireland&amp; wishes" is "Northern Ireland… wishes"), and none is a real ampersand.
    /// </summary>
    public static string BareAmpersandsAsEllipsis(string text) => BareAmpersand().Replace(text, "&#x2026;");

    /// <summary>
    /// The footnote numbers of every escaped <c>&lt;superscript&gt;</c> (XML) or <c>&lt;sup&gt;</c> (HTML)
    /// in <paramref name="markup"/>, in order, without duplicates.
    /// </summary>
    public static IReadOnlyList<string> Footnotes(string markup) => Footnotes(Fragment(markup));

    /// <inheritdoc cref="Footnotes(string)"/>
    public static IReadOnlyList<string> Footnotes(INode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        var superscripts = node is IElement element && IsFootnote(element) ? [element] : node.Descendants<IElement>().Where(IsFootnote);
        return [.. superscripts.SelectMany(s => Number().Matches(ToPlainText(s)).Select(n => n.Value)).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The text with every superscript (footnote reference) removed, then as plain text.</summary>
    public static string WithoutFootnotes(string markup) => WithoutFootnotes(Fragment(markup));

    /// <inheritdoc cref="WithoutFootnotes(string)"/>
    public static string WithoutFootnotes(INode node) => PlainText(node, withFootnotes: false);

    /// <summary>
    /// Markup to one line of plain text: entities decoded, all whitespace (TAB, NBSP) collapsed, and tags dropped;
    /// inline elements (<c>i</c>, <c>a</c>, <c>right</c>, …) vanish, other elements (<c>br</c>, <c>p</c>, <c>div</c>) part words.
    /// </summary>
    public static string ToPlainText(string markup) => ToPlainText(Fragment(markup));

    /// <inheritdoc cref="ToPlainText(string)"/>
    public static string ToPlainText(INode node) => PlainText(node, withFootnotes: true);

    /// <summary>
    /// Appends the text of <paramref name="node"/> as <see cref="ToPlainText(INode)"/> reads it, before whitespace is
    /// collapsed; a footnote reference becomes a space unless <paramref name="withFootnotes"/>.
    /// </summary>
    public static void AppendText(INode node, StringBuilder text, bool withFootnotes)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(text);
        switch (node)
        {
            case IText t:
                text.Append(t.Data);
                break;
            case IElement e when !withFootnotes && IsFootnote(e):
                text.Append(' ');
                break;
            case IElement e:
                var inline = IsInline(e);
                text.Append(inline ? string.Empty : " ");
                foreach (var child in e.ChildNodes)
                {
                    AppendText(child, text, withFootnotes);
                }

                text.Append(inline ? string.Empty : " ");
                break;
            default:
                foreach (var child in node.ChildNodes)
                {
                    AppendText(child, text, withFootnotes);
                }

                break;
        }
    }

    /// <summary>
    /// The markup as children of a <c>body</c>, parsed as HTML: the XML carries its cells as escaped HTML fragments, and
    /// the status page's cells reach <see cref="ParticipantsTable"/> as their inner markup.
    /// </summary>
    public static IElement Fragment(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);

        // A document per call would cost more than the parse; fragments only borrow the context, one per thread.
        var context = fragmentContext ??= Parser.ParseDocument(string.Empty);
        var body = context.CreateElement("body");
        body.Append([.. Parser.ParseFragment(markup, context.Body!)]);
        return body;
    }

    [ThreadStatic]
    private static IDocument? fragmentContext;

    /// <summary>
    /// The parser for the depositary's markup. It keeps source references: an element without one was not written in
    /// the markup but reopened by the parser, as browsers reopen an unclosed <c>&lt;i&gt;</c> in each later paragraph.
    /// </summary>
    public static HtmlParser Parser { get; } = new(new HtmlParserOptions { IsKeepingSourceReferences = true });

    /// <summary>Whether the element sits inside a run of text, so that dropping it must not part the words around it.</summary>
    public static bool IsInline(IElement element)
    {
        ArgumentNullException.ThrowIfNull(element);
        return InlineElements.Contains(element.LocalName);
    }

    private static readonly HashSet<string> InlineElements =
        new(["i", "b", "u", "em", "strong", "a", "span", "font", "superscript", "sup", "right", "left", "center", "title"], StringComparer.OrdinalIgnoreCase);

    private static bool IsFootnote(IElement element) => element.LocalName is "sup" or "superscript";

    private static string PlainText(INode node, bool withFootnotes)
    {
        ArgumentNullException.ThrowIfNull(node);
        var text = new StringBuilder();
        AppendText(node, text, withFootnotes);
        return CollapseWhitespace(text.ToString());
    }

    /// <summary>
    /// The text as compared for identity: quotes, apostrophes, dashes and the ellipsis made plain, and every run of
    /// whitespace (line breaks, NBSP) one space. The depositary retypes its statements between publications (the 2018 XML
    /// has straight quotes where the 2026 page has curly ones), and such a retyping is the same statement, not a new one.
    /// </summary>
    public static string TypographyKey(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var plain = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            plain.Append(c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => "\"",
                >= '\u2010' and <= '\u2015' or '\u2212' => "-",
                '\u2026' => "...",
                _ => c.ToString(),
            });
        }

        return CollapseWhitespace(plain.ToString());
    }

    /// <summary>TAB, NBSP, line breaks and runs of spaces become single spaces; the ends are trimmed.</summary>
    public static string CollapseWhitespace(string text) => Whitespace().Replace(text, " ").Trim();

    /// <summary>The first whole number in <paramref name="text"/>, or null.</summary>
    public static int? FirstNumber(string text) =>
        Number().Match(text) is { Success: true } m && int.TryParse(m.Value, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    [GeneratedRegex(@"&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")]
    private static partial Regex BareAmpersand();

    [GeneratedRegex(@"[\s\u00A0\u2002\u2003\u2009\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
