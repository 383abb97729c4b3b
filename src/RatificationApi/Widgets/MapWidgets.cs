using System.Globalization;
using System.Text;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>
/// The two widgets built on the world map: one instrument's map with the non-parties by region, and resolution 63/194's
/// five gaps on the day it was adopted and today. Both follow the rules of the other widgets: no script, six languages,
/// light and dark, from 320 px wide.
/// </summary>
internal static class MapWidgets
{
    /// <summary>The map widget's page: the inline map (whose groups and titles a screen reader reads) and the gaps by region.</summary>
    public static StringBuilder RenderMap(
        Instrument instrument, StringBuilder map, IReadOnlyList<WorldMap.LegendEntry> legend, IReadOnlyList<string> notes, InstrumentGapsContract gaps, string lang, Theme theme)
    {
        var palette = Palette.Of(theme);
        var title = instrument.Titles.In(lang);
        var html = Head(instrument.ShortName + " — " + title.Value, lang, theme, palette);
        html.Append(CultureInfo.InvariantCulture, $"<h1><a href=\"/v1/instruments/{E(Uri.EscapeDataString(instrument.Id))}?lang={E(lang)}\" target=\"_blank\" rel=\"noopener\">{InLanguage(instrument.ShortName, "en", lang)}</a></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{InLanguage(title.Value, title.Lang, lang)}</p>");
        html.Append("<figure class=\"map\">").Append(map).Append("</figure>");
        // The legend as text, legible at any width; the undetermined's hatching is drawn with CSS here.
        html.Append("<ul class=\"legend\">");
        foreach (var entry in legend)
        {
            var fill = entry.Fill.StartsWith('#') ? entry.Fill : $"repeating-linear-gradient(45deg,{palette.Muted} 0 2px,{palette.Rule} 2px 4px)";
            var data = entry.Count is { } count ? $" data-class=\"{entry.Class}\" data-count=\"{count}\"" : $" data-class=\"{entry.Class}\"";
            html.Append(CultureInfo.InvariantCulture, $"<li{data}><span class=\"sw\" style=\"background:{fill}\"></span>{E(entry.Label)}</li>");
        }

        html.Append("</ul><footer>");
        foreach (var note in notes)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>{E(note)}</p>");
        }

        html.Append("</footer>");
        html.Append(CultureInfo.InvariantCulture, $"<details><summary>{E(UiText.Format("map_not_parties_by_region", lang, LocalDates.Day(gaps.AsOf, lang), gaps.Count))}</summary>");
        foreach (var group in gaps.Groups ?? [])
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{InLanguage(group.Name, "en", lang)} ({group.Count})</h2><ul>");
            foreach (var gap in group.Items)
            {
                var word = gap.Status switch { TreatyStatus.Signatory => UiText.Get("map_signatory", lang), TreatyStatus.Withdrawn => UiText.Get("status_withdrawn", lang), _ => UiText.Get("status_none", lang) };
                html.Append(CultureInfo.InvariantCulture, $"<li>{E(gap.Name)} <span class=\"st\">({E(word)})</span></li>");
            }

            html.Append("</ul>");
        }

        return html.Append("</details></main></body></html>");
    }

    /// <summary>One instrument's gap on the day of adoption and today, with its two maps.</summary>
    internal sealed record ResolutionRow(Instrument Instrument, InstrumentGapsContract Then, InstrumentGapsContract Now);

    /// <summary>The resolution widget's page: the maps are images from this service, so that the page stays small.</summary>
    public static string RenderResolution(Resolution resolution, IReadOnlyList<ResolutionRow> rows, string lang, Theme theme)
    {
        var palette = Palette.Of(theme);
        var title = resolution.Titles.In(lang);
        var html = Head(resolution.Symbol, lang, theme, palette);
        html.Append(CultureInfo.InvariantCulture, $"<h1><a href=\"/v1/resolutions/{E(resolution.Id)}?lang={E(lang)}\" target=\"_blank\" rel=\"noopener\">{E(resolution.Symbol)}</a></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{InLanguage(title.Value.Title, title.Lang, lang)}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"intro\">{E(UiText.Get("map_resolution_intro", lang))}</p>");
        var themeName = Palette.NameOf(theme);
        foreach (var (instrument, then, now) in rows)
        {
            var name = instrument.Titles.In(lang);
            html.Append(CultureInfo.InvariantCulture, $"<section><h2>{InLanguage(instrument.ShortName, "en", lang)}</h2><p class=\"sub\">{InLanguage(name.Value, name.Lang, lang)}</p><div class=\"pair\">");
            foreach (var (gaps, key) in new[] { (then, "map_adoption"), (now, "map_today") })
            {
                var day = LocalDates.Day(gaps.AsOf, lang);
                var figure = UiText.Format("n_of_m", lang, gaps.Count, gaps.Members);
                var caption = $"{UiText.Format(key, lang, day)}: {UiText.Get("map_gap", lang)} {figure}";
                var alt = UiText.Format("map_alt", lang, instrument.ShortName, day, caption);
                var src = $"/v1/instruments/{Uri.EscapeDataString(instrument.Id)}/map.svg?asOf={Dates.Iso(gaps.AsOf)}&lang={lang}&theme={themeName}";
                html.Append(CultureInfo.InvariantCulture,
                    $"<figure data-as-of=\"{Dates.Iso(gaps.AsOf)}\" data-gap=\"{gaps.Count}\" data-members=\"{gaps.Members}\"><img src=\"{E(src)}\" alt=\"{E(alt)}\" width=\"1000\" height=\"600\" loading=\"lazy\"><figcaption><strong>{E(UiText.Format(key, lang, day))}</strong><br>{E(UiText.Get("map_gap", lang))}: <b>{E(figure)}</b></figcaption></figure>");
            }

            html.Append("</div></section>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static StringBuilder Head(string title, string lang, Theme theme, Palette palette)
    {
        var html = new StringBuilder(8 * 1024);
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{E(lang)}\" dir=\"{Dir(lang)}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"color-scheme\" content=\"{Palette.NameOf(theme)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(title)}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<style>{BaseCss(palette)}{Css(palette)}</style></head>");
        html.Append(CultureInfo.InvariantCulture, $"<body class=\"{Palette.NameOf(theme)}\"><main>");
        return html;
    }

    private static string Css(Palette p) =>
        "h1 a{text-decoration:none}h1 a:hover,h1 a:focus{text-decoration:underline}"
        + "h2{font-size:1em;margin:.8em 0 .2em}"
        + ".legend{list-style:none;margin:.4em 0;padding:0;display:flex;flex-wrap:wrap;gap:.2em 1em;font-size:.85em}"
        + $".sw{{display:inline-block;width:.9em;height:.9em;margin-inline-end:.35em;vertical-align:-.1em;border:1px solid {p.Muted}}}"
        + ".map{margin:0}.map svg,figure img{display:block;width:100%;height:auto}"
        + $"details{{margin-top:.5em;border-top:1px solid {p.Rule};padding-top:.4em}}summary{{cursor:pointer;font-weight:600}}"
        + "ul{margin:.2em 0;padding-inline-start:1.2em;columns:14em}li{break-inside:avoid}"
        + $".st{{color:{p.Muted};font-size:.85em}}.intro{{font-size:.9em}}"
        + $"section{{border-top:1px solid {p.Rule};padding-top:.3em;margin-top:.6em}}"
        + ".pair{display:flex;flex-wrap:wrap;gap:.8em}.pair figure{flex:1 1 280px;margin:0;min-width:0}"
        + $"figcaption{{font-size:.85em;color:{p.Muted};margin-top:.2em}}figcaption b,figcaption strong{{color:{p.Text}}}";
}
