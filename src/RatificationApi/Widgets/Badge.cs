using System.Globalization;
using System.Text;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>
/// A two-part badge, "CEDAW | party since 1981", as an SVG image. Its width comes from an estimate of the
/// text's width, character class by character class, since the server has no fonts to measure with; the
/// browser test measures the real text in Chromium against these boxes in all six languages.
/// </summary>
/// <summary>The two texts of a badge and their languages: the label may be in English where the status is not.</summary>
internal sealed record BadgeText(string Label, string LabelLang, string Message, string Lang);

internal static class Badge
{
    public const int Height = 20;
    public const double FontSize = 11;
    private const double Padding = 6;

    /// <summary>The badge's right-hand text: "party since 1981", "1981年起为缔约方"…</summary>
    public static string Message(StatusOnDate status, string lang)
    {
        string WithYear(string key, string bare, TreatyAction? action) =>
            action?.Date.Start is { } start ? UiText.Format(key, lang, start.Year.ToString(CultureInfo.InvariantCulture)) : UiText.Get(bare, lang);

        return status.Status switch
        {
            TreatyStatus.Party => WithYear("party_since_badge", "party_badge", status.Consent),
            TreatyStatus.Signatory => WithYear("signatory_since_badge", "signatory_badge", status.Signature),
            TreatyStatus.Withdrawn => UiText.Get("withdrawn_badge", lang),
            _ => UiText.Get("none_badge", lang),
        };
    }

    public static string Render(BadgeText text, string title, StatusColors labelColors, StatusColors statusColors)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (label, labelLang, message, lang) = text;
        var labelWidth = Math.Ceiling(TextWidth(label) + (2 * Padding));
        var messageWidth = Math.Ceiling(TextWidth(message) + (2 * Padding));
        var width = labelWidth + messageWidth;
        var rtl = IsRtl(lang);
        string Direction(string textLang) => IsRtl(textLang) ? " direction=\"rtl\" unicode-bidi=\"embed\"" : string.Empty;

        // In Arabic the badge reads from the right: the label on the right, the status on its left.
        var labelX = rtl ? messageWidth : 0;
        var messageX = rtl ? 0 : labelWidth;
        string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{F(width)}\" height=\"{Height}\" viewBox=\"0 0 {F(width)} {Height}\" role=\"img\" aria-labelledby=\"badge-title\" lang=\"{E(lang)}\" xml:lang=\"{E(lang)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"badge-title\">{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"badge-round\"><rect width=\"{F(width)}\" height=\"{Height}\" rx=\"3\"/></clipPath>");
        svg.Append("<g clip-path=\"url(#badge-round)\">");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"label\" x=\"{F(labelX)}\" width=\"{F(labelWidth)}\" height=\"{Height}\" fill=\"{labelColors.Background}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"message\" x=\"{F(messageX)}\" width=\"{F(messageWidth)}\" height=\"{Height}\" fill=\"{statusColors.Background}\"/>");
        svg.Append("</g>");
        svg.Append(CultureInfo.InvariantCulture, $"<g font-family=\"Verdana,'DejaVu Sans','Noto Sans','Noto Sans Arabic','Noto Sans CJK SC',sans-serif\" font-size=\"{F(FontSize)}\" text-anchor=\"middle\">");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{F(labelX + (labelWidth / 2))}\" y=\"14\" fill=\"{labelColors.Text}\" lang=\"{E(labelLang)}\" xml:lang=\"{E(labelLang)}\"{Direction(labelLang)}>{E(label)}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"message\" x=\"{F(messageX + (messageWidth / 2))}\" y=\"14\" fill=\"{statusColors.Text}\"{Direction(lang)}>{E(message)}</text>");
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    /// <summary>
    /// The estimated width in pixels of <paramref name="text"/> at 11 px in a Verdana-like sans-serif.
    /// Latin letters by shape (narrow, wide, capitals), digits, Cyrillic, Arabic (joined letters are
    /// narrow; its vowel marks take no room) and CJK full-width characters (one em each).
    /// </summary>
    public static double TextWidth(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Advance(rune.Value);
        }

        return width;
    }

    internal static double Advance(int c) => c switch
    {
        ' ' => 3.9,
        'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' => 3.4,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '/' => 4.8,
        'm' or 'w' => 9.9,
        'M' or 'W' => 11,
        >= 'A' and <= 'Z' => 7.7,
        >= '0' and <= '9' => 7,
        >= 'a' and <= 'z' => 6.7,
        < 0x80 => 7,
        >= 0x00C0 and <= 0x024F => 6.9,                            // accented Latin
        >= 0x0400 and <= 0x04FF => 7.5,                            // Cyrillic
        >= 0x064B and <= 0x065F or 0x0670 => 0,                    // Arabic vowel marks
        >= 0x0600 and <= 0x06FF or >= 0x0750 and <= 0x077F => 6.6,  // Arabic letters
        >= 0x2E80 and <= 0x9FFF or >= 0xF900 and <= 0xFAFF or >= 0xFF00 and <= 0xFF60 or >= 0x3000 and <= 0x303F => FontSize, // CJK full width
        _ => 7.5,
    };
}
