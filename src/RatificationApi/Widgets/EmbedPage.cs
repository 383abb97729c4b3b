using System.Globalization;
using System.Text;
using RatificationApi.ReadModel;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>What the embed page was asked to show.</summary>
internal sealed record EmbedChoice(Participant? State, Instrument? Instrument, string Lang, Theme Theme, bool Compact);

/// <summary>
/// The embed page: a GET form that reloads the page with the options chosen, a live preview of each
/// widget in a frame, and the snippet to copy in a read-only text area. It works with no script at all,
/// which is what the strict Content-Security-Policy allows anyway.
/// </summary>
internal static class EmbedPage
{
    /// <summary>
    /// Frame sizes suggested in the snippets. The browser test pastes the snippets into a page of another
    /// origin and checks that the content fits them in all six languages. Measured in Chromium over all 198
    /// participants and six languages (see docs/widgets.md): the tallest State widget is 644 px at 560 px wide
    /// (Russian), the tallest compact one 442 px at 400 px; the tallest instrument widget 579 px at 400 px.
    /// </summary>
    public const int StateWidth = 560;
    public const int StateHeight = 680;
    public const int StateCompactWidth = 400;
    public const int StateCompactHeight = 470;
    public const int InstrumentWidth = 400;
    public const int InstrumentHeight = 610;
    public const int InstrumentCompactHeight = 300;
    public const int MapWidth = 640;
    public const int MapHeight = 760;
    public const int ResolutionWidth = 640;
    public const int ResolutionHeight = 1900;

    private static readonly (string Code, string Name)[] LanguageNames =
        [("ar", "العربية"), ("en", "English"), ("es", "Español"), ("fr", "Français"), ("ru", "Русский"), ("zh", "中文")];

    public static string Render(EmbedChoice choice, IReadOnlyList<Participant> participants, IReadOnlyList<Instrument> instruments, string baseUrl)
    {
        var p = Palette.Light;
        var lang = choice.Lang;
        var t = EmbedText.In(lang);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{lang}\" dir=\"{Dir(lang)}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/v1/actions.atom?lang={E(choice.Lang)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(t.Heading)} — RatificationApi</title>");
        html.Append(CultureInfo.InvariantCulture, $"<style>{BaseCss(p)}{Css(p)}</style></head><body><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{E(t.Heading)}</h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{E(t.Intro)}</p>");

        html.Append(CultureInfo.InvariantCulture, $"<form method=\"get\" action=\"/embed\"><fieldset><legend>{E(t.Choose)}</legend>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"state\">{E(t.State)}</label><select id=\"state\" name=\"state\"><option value=\"\">{E(t.None)}</option>");
        foreach (var participant in participants.OrderBy(x => x.Names[lang].Name, StringComparer.InvariantCulture))
        {
            var selected = choice.State?.Id == participant.Id ? " selected" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(participant.Iso3 ?? participant.Id)}\"{selected}>{E(participant.Names[lang].Name)} ({E(participant.Id)})</option>");
        }

        html.Append("</select></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"instrument\">{E(Infrastructure.UiText.Get("instrument", lang))}</label><select id=\"instrument\" name=\"instrument\"><option value=\"\">{E(t.None)}</option>");
        foreach (var instrument in instruments)
        {
            var selected = choice.Instrument?.Id == instrument.Id ? " selected" : string.Empty;
            var (shortName, shortNameLang) = ShortNameOf(instrument, lang);
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{E(instrument.Id)}\"{Lang(shortNameLang, lang)}{selected}>{E(shortName)}</option>");
        }

        html.Append("</select></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"lang\">{E(t.Language)}</label><select id=\"lang\" name=\"lang\">");
        foreach (var (code, name) in LanguageNames)
        {
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{code}\" lang=\"{code}\"{(lang == code ? " selected" : string.Empty)}>{E(name)}</option>");
        }

        html.Append("</select></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"theme\">{E(t.Theme)}</label><select id=\"theme\" name=\"theme\">");
        foreach (var theme in Palette.Themes)
        {
            var label = Palette.ThemeOf(theme) == Theme.Dark ? t.Dark : t.Light;
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{theme}\"{(Palette.NameOf(choice.Theme) == theme ? " selected" : string.Empty)}>{E(label)}</option>");
        }

        html.Append("</select></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"check\"><input type=\"checkbox\" id=\"compact\" name=\"compact\" value=\"true\"{(choice.Compact ? " checked" : string.Empty)}><label for=\"compact\">{E(t.Compact)}</label></p>");
        html.Append(CultureInfo.InvariantCulture, $"<p><button type=\"submit\">{E(t.Submit)}</button></p></fieldset></form>");

        if (choice.State is null && choice.Instrument is null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"hint\">{E(t.Hint)}</p>");
        }

        var query = Query(choice);
        if (choice.State is { } state)
        {
            var name = state.Names[lang].Name;
            var path = $"/widgets/states/{Uri.EscapeDataString(state.Iso3 ?? state.Id)}{query}";
            var height = choice.Compact ? StateCompactHeight : StateHeight;
            var title = $"{name}: {Infrastructure.UiText.Get("subtitle", lang)}";
            var width = choice.Compact ? StateCompactWidth : StateWidth;
            Section(html, t, Format(t.StateWidget, name), "state-snippet", path, Frame(baseUrl + path, title, width, height), Frame(path, title, width, height));
        }

        if (choice.Instrument is { } chosen)
        {
            var path = $"/widgets/instruments/{Uri.EscapeDataString(chosen.Id)}{query}";
            var height = choice.Compact ? InstrumentCompactHeight : InstrumentHeight;
            var (shortName, _) = ShortNameOf(chosen, lang);
            var title = $"{shortName}: {chosen.Titles[lang]}";
            Section(html, t, Format(t.InstrumentWidget, shortName), "instrument-snippet", path, Frame(baseUrl + path, title, InstrumentWidth, height), Frame(path, title, InstrumentWidth, height));
        }

        if (choice.Instrument is { } mapped)
        {
            var path = $"/widgets/instruments/{Uri.EscapeDataString(mapped.Id)}/map{MapQuery(choice)}";
            var (shortName, _) = ShortNameOf(mapped, lang);
            var title = Format(t.MapWidget, shortName);
            Section(html, t, title, "map-snippet", path, Frame(baseUrl + path, title, MapWidth, MapHeight), Frame(path, title, MapWidth, MapHeight));
        }

        if (choice is { State: { } s, Instrument: { } i })
        {
            var path = $"/badges/{Uri.EscapeDataString(i.Id)}/{Uri.EscapeDataString(s.Iso3 ?? s.Id)}.svg{BadgeQuery(choice)}";
            var name = s.Names[lang].Name;
            var (shortName, _) = ShortNameOf(i, lang);
            var alt = $"{name}: {shortName}";
            Section(html, t, Format(t.Badge, shortName, name), "badge-snippet", path, Image(baseUrl + path, alt), Image(path, alt));
        }

        if (choice.Instrument is not null)
        {
            // Resolution 63/194's widget shows all five instruments, each with its maps: offered with any of them.
            var path = $"/widgets/resolutions/A-RES-63-194{MapQuery(choice)}";
            Section(html, t, t.ResolutionWidget, "resolution-snippet", path,
                Frame(baseUrl + path, t.ResolutionWidget, ResolutionWidth, ResolutionHeight), Frame(path, t.ResolutionWidget, ResolutionWidth, ResolutionHeight));
        }

        html.Append(CultureInfo.InvariantCulture, $"<footer><p>{E(t.Footer)} {E(t.ApiDocs)} <a href=\"/swagger\" dir=\"ltr\">/swagger</a></p></footer>");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string Lang(string textLang, string pageLang) => textLang == pageLang ? string.Empty : $" lang=\"{textLang}\"";

    private static string Format(string format, params object[] args) => string.Format(CultureInfo.InvariantCulture, format, args);

    private static void Section(StringBuilder html, EmbedStrings t, string heading, string id, string path, string snippet, string preview)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section aria-labelledby=\"{id}-h\"><h2 id=\"{id}-h\">{E(heading)}</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"preview\">{preview}</div>");

        // Code and addresses read left to right in every language: in an Arabic page they keep their own direction.
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"{id}\">{E(t.CodeToCopy)}</label></p><textarea id=\"{id}\" dir=\"ltr\" readonly rows=\"4\" spellcheck=\"false\">{E(snippet)}</textarea>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"link\">{E(t.Address)} <a href=\"{E(path)}\" dir=\"ltr\">{E(path)}</a></p></section>");
    }

    private static string Frame(string src, string title, int width, int height) =>
        $"<iframe src=\"{E(src)}\" title=\"{E(title)}\" width=\"{width}\" height=\"{height}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";

    private static string Image(string src, string alt) => $"<img src=\"{E(src)}\" alt=\"{E(alt)}\">";

    private static string Query(EmbedChoice choice)
    {
        var parts = new List<string> { $"lang={choice.Lang}" };
        if (choice.Theme != Theme.Light)
        {
            parts.Add($"theme={Palette.NameOf(choice.Theme)}");
        }

        if (choice.Compact)
        {
            parts.Add("compact=true");
        }

        return "?" + string.Join('&', parts);
    }

    // The map widgets take lang and theme, as the badge does (no compact form).
    private static string MapQuery(EmbedChoice choice) => BadgeQuery(choice);

    private static string BadgeQuery(EmbedChoice choice) =>
        choice.Theme == Theme.Light ? $"?lang={choice.Lang}" : $"?lang={choice.Lang}&theme={Palette.NameOf(choice.Theme)}";

    private static string Css(Palette p) =>
        "main{max-width:60em;margin:0 auto}"
        + $"fieldset{{border:1px solid {p.Rule};border-radius:6px;padding:.5em 1em}}"
        + "fieldset p{margin:.4em 0}"
        + "label{display:inline-block;min-width:7em;font-weight:600;margin-inline-end:.4em}"
        + ".check label{min-width:0;margin-inline-start:.4em}"
        + "select,button,textarea{font:inherit}"
        + "select{max-width:100%}"
        + $"button{{padding:.3em 1em;border:1px solid {p.Link};border-radius:4px;background:{p.Link};color:#ffffff;cursor:pointer}}"
        + "section{margin-top:1.2em}"
        + "h2{font-size:1.05em;margin:.2em 0}"
        + $".preview{{padding:.5em;border:1px dashed {p.Rule};display:inline-block;max-width:100%}}"
        + "textarea{display:block;width:100%;font-family:ui-monospace,monospace;font-size:.85em}"
        + ".link{font-size:.85em}";
}
