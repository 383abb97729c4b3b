using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace RatificationApi.Importer;

/// <summary>
/// Text-level repairs and helpers shared by the XML and HTML readers: decoding, the depositary's stray
/// control bytes, bare ampersands, inline markup and footnote references (FORMAT.md §3).
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
    public static IReadOnlyList<string> Footnotes(string markup) =>
        [.. Superscript().Matches(markup)
            .SelectMany(m => Number().Matches(ToPlainText(m.Groups["body"].Value)).Select(n => n.Value))
            .Distinct(StringComparer.Ordinal)];

    /// <summary>The text with every superscript (footnote reference) removed, then as plain text.</summary>
    public static string WithoutFootnotes(string markup) => ToPlainText(Superscript().Replace(markup, " "));

    /// <summary>
    /// Markup to one line of plain text: entities decoded, all whitespace (TAB, NBSP) collapsed, and tags dropped;
    /// inline tags (<c>i</c>, <c>a</c>, <c>right</c>, …) vanish, other tags (<c>br</c>, <c>p</c>, <c>div</c>) part words.
    /// </summary>
    public static string ToPlainText(string markup) =>
        CollapseWhitespace(WebUtility.HtmlDecode(Tag().Replace(InlineTag().Replace(markup, string.Empty), " ")));

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

    [GeneratedRegex(@"<\s*(?:superscript|sup)\b[^>]*>(?<body>.*?)<\s*/\s*(?:superscript|sup)\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Superscript();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|a|span|font|superscript|sup|right|left|center|title)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"[\s\u00A0\u2002\u2003\u2009\u200B]+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();
}
