using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace RatificationApi.Widgets;

/// <summary>Escaping and the small pieces of markup every widget shares.</summary>
internal static class Markup
{
    // Encodes only what HTML and XML need (& < > " ' and the unsafe code points), so that Arabic, Cyrillic
    // and Chinese text stays readable in the source. The output is also valid in SVG (XML) text and attributes.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Every string that reaches HTML or SVG goes through here, text and attribute values alike.</summary>
    public static string E(string? text) => Encoder.Encode(text ?? string.Empty);

    public static bool IsRtl(string lang) => lang == "ar";

    public static string Dir(string lang) => IsRtl(lang) ? "rtl" : "ltr";

    /// <summary>Text in a language other than the page's (a name that falls back to English, an English short name), marked as such.</summary>
    public static string InLanguage(string text, string textLang, string pageLang) =>
        textLang == pageLang ? E(text) : $"<bdi lang=\"{E(textLang)}\">{E(text)}</bdi>";

    /// <summary>
    /// An instrument's short name for <paramref name="lang"/>, and the language it is in: the one a source gives in that
    /// language, else the English one (its title, in the widget's language where known, says what it stands for).
    /// </summary>
    public static (string Name, string Lang) ShortNameOf(ReadModel.Instrument instrument, string lang)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        return instrument.ShortNameIn(lang) is { } local ? (local, lang) : (instrument.ShortName, Data.Languages.Default);
    }

    /// <summary>An instrument's short name for <paramref name="lang"/>, as markup marked with its language where it differs.</summary>
    public static string ShortNameMarkup(ReadModel.Instrument instrument, string lang)
    {
        var (name, nameLang) = ShortNameOf(instrument, lang);
        return InLanguage(name, nameLang, lang);
    }

    /// <summary>
    /// The badge-sized name of an instrument in <paramref name="lang"/>, and the language it is in: the short name a
    /// source gives in that language (data/instrument-short-names.csv), else the English one. Two English short names
    /// are too long for a badge, so they are shortened here (never translated: every other language's come from data/).
    /// </summary>
    public static (string Label, string Lang) BadgeLabel(ReadModel.Instrument instrument, string lang)
    {
        ArgumentNullException.ThrowIfNull(instrument);
        if (lang != Data.Languages.Default && instrument.ShortNameIn(lang) is { } local)
        {
            return (local, lang);
        }

        var english = instrument.Id switch
        {
            "trafficking-protocol" => "Trafficking Protocol",
            "slavery-convention-1956" => "1956 Slavery Convention",
            _ => instrument.ShortName,
        };
        return (english, Data.Languages.Default);
    }

    public static string BaseCss(Palette p) =>
        "*{box-sizing:border-box}"
        + "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}"
        + $"body{{margin:0;padding:12px;background:{p.Background};color:{p.Text};font:14px/1.45 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",\"Noto Sans Arabic\",\"Noto Naskh Arabic\",\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Microsoft YaHei\",sans-serif;overflow-wrap:anywhere}}"
        + "h1{font-size:1.15em;line-height:1.25;margin:0 0 .15em}"
        + $".sub{{margin:0 0 .6em;color:{p.Muted};font-size:.85em}}"
        + $"a{{color:{p.Link}}}"
        + $"footer{{margin-top:.6em;padding-top:.4em;border-top:1px solid {p.Rule};font-size:.75em;color:{p.Muted}}}"
        + "footer p{margin:.15em 0}"
        + "footer ul{margin:.15em 0;padding:0;list-style:none}footer li{display:inline}footer li+li::before{content:\" · \"}"
        + ".vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}";
}
