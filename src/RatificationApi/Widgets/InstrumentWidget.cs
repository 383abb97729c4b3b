using System.Globalization;
using System.Text;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>The figures an instrument widget shows.</summary>
/// <param name="Counts">Today's counts.</param>
/// <param name="UnMembers">The number of UN Member States today.</param>
/// <param name="Timeline">Year-end counts, for the chart; null in the compact widget.</param>
internal sealed record InstrumentFigures(CountsContract Counts, int UnMembers, TimelineContract? Timeline);

/// <summary>
/// The instrument widget: counts of parties and signatories, the share of UN Member States that are
/// parties, and (unless compact) the growth over time as the inline SVG chart of the timeline endpoint.
/// </summary>
internal static class InstrumentWidget
{
    // Drawn at about the width the widget is shown at, so that the chart's 12 px labels stay 12 px.
    private const int ChartWidth = 400;
    private const int ChartHeight = 240;

    public static string Render(Instrument instrument, InstrumentFigures figures, string lang, Theme theme, bool compact, DateOnly asOf)
    {
        var palette = Palette.Of(theme);
        var counts = figures.Counts;
        var share = figures.UnMembers == 0 ? 0 : counts.UnMemberParties * 100 / figures.UnMembers; // floored: never rounds up to 100 %
        var title = instrument.Titles.In(lang);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{E(lang)}\" dir=\"{Dir(lang)}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"color-scheme\" content=\"{Palette.NameOf(theme)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/v1/actions.atom?instrument={E(Uri.EscapeDataString(instrument.Id))}&amp;lang={E(lang)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(ShortNameOf(instrument, lang).Name)} — {E(title.Value)}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<style>{BaseCss(palette)}{Css(palette)}</style></head>");
        html.Append(CultureInfo.InvariantCulture, $"<body class=\"{Palette.NameOf(theme)}{(compact ? " compact" : string.Empty)}\"><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1><a href=\"/v1/instruments/{E(Uri.EscapeDataString(instrument.Id))}?lang={E(lang)}\" target=\"_blank\" rel=\"noopener\">{ShortNameMarkup(instrument, lang)}</a></h1>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"sub\">{InLanguage(title.Value, title.Lang, lang)}</p>");

        html.Append("<dl class=\"stats\">");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"stat\"><dt>{E(UiText.Get("parties", lang))}</dt><dd>{counts.Parties}</dd></div>");
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"stat\"><dt>{E(UiText.Get("signatories", lang))}</dt><dd>{counts.Signatories}</dd></div>");
        var ofMembers = UiText.Format("n_of_m", lang, counts.UnMemberParties, figures.UnMembers);
        var percent = UiText.Format("percent", lang, share);
        html.Append(CultureInfo.InvariantCulture, $"<div class=\"share\"><dt>{E(UiText.Get("un_member_parties", lang))}</dt><dd>{E(ofMembers)} ({E(percent)}){Bar(share, palette, lang)}</dd></div>");
        html.Append("</dl>");

        if (!compact && figures.Timeline is { } timeline)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">{E(UiText.Get("signatories_note", lang))}</p>");
            html.Append(CultureInfo.InvariantCulture, $"<figure class=\"chart\">{TimelineChart.Render(instrument, timeline, lang, ChartWidth, ChartHeight)}<figcaption>{E(UiText.Get("chart_caption", lang))}</figcaption></figure>");
        }

        var complete = Dates.Day(instrument.CompleteAsAt)!.Value;
        html.Append(CultureInfo.InvariantCulture, $"<footer><p>{E(UiText.Format("data_as_at", lang, LocalDates.Day(asOf, lang)))}</p>");
        // Chinese ends the label with a full-width colon, which carries its own space.
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(UiText.Get("records_complete", lang))}{(lang == "zh" ? string.Empty : " ")}{E(LocalDates.Day(complete, lang))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(UiText.Get("later_sources", lang))}</p></footer>");
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static string Bar(int percent, Palette palette, string lang)
    {
        // Fills from the start of the line: from the right in Arabic.
        var x = IsRtl(lang) ? 100 - percent : 0;
        return $"<svg class=\"bar\" viewBox=\"0 0 100 6\" preserveAspectRatio=\"none\" aria-hidden=\"true\" focusable=\"false\"><rect width=\"100\" height=\"6\" rx=\"3\" fill=\"{palette.Rule}\"/><rect x=\"{x}\" width=\"{percent}\" height=\"6\" rx=\"3\" fill=\"{palette.Party.Text}\"/></svg>";
    }

    private static string Css(Palette p) =>
        "h1 a{text-decoration:none}h1 a:hover,h1 a:focus{text-decoration:underline}"
        + ".stats{display:flex;flex-wrap:wrap;gap:.5em 1.2em;margin:0 0 .5em}"
        + ".stats div{min-width:0}"
        + $".stats dt{{font-size:.8em;color:{p.Muted}}}"
        + ".stats dd{margin:0;font-size:1.5em;font-weight:700;line-height:1.2}"
        + ".stats .share{flex:1 1 100%}"
        + ".stats .share dd{font-size:1em;font-weight:600}"
        + ".bar{display:block;width:100%;height:6px;margin-top:.3em}"
        + $".note{{font-size:.75em;color:{p.Muted};margin:.2em 0 .5em}}"
        + ".chart{margin:0}.chart svg{display:block;width:100%;height:auto;max-width:400px;border-radius:4px}"
        + $".chart figcaption{{font-size:.75em;color:{p.Muted};margin-top:.2em}}"
        + ".compact{padding:8px}.compact h1{font-size:1em}.compact .stats dd{font-size:1.2em}";
}
