using System.Globalization;
using System.Text;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>
/// The State widget: an HTML page for an iframe with the State's status under each instrument, in words,
/// colour and an icon shape. No script, nothing loaded from elsewhere: inline CSS and inline SVG only.
/// </summary>
internal static class StateWidget
{
    public static string Render(Participant participant, IReadOnlyList<ParticipantStatus> statuses, string lang, Theme theme, bool compact, DateOnly asOf)
    {
        var palette = Palette.Of(theme);
        var named = participant.Names.In(lang);
        var name = InLanguage(named.Value.Name, named.Lang, lang);
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<!DOCTYPE html><html lang=\"{E(lang)}\" dir=\"{Dir(lang)}\"><head><meta charset=\"utf-8\">");
        html.Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        html.Append(CultureInfo.InvariantCulture, $"<meta name=\"color-scheme\" content=\"{Palette.NameOf(theme)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/v1/actions.atom?state={E(Uri.EscapeDataString(participant.Id))}&amp;lang={E(lang)}\">");
        html.Append(CultureInfo.InvariantCulture, $"<title>{E(named.Value.Name)} — {E(UiText.Get("subtitle", lang))}</title>");
        html.Append(CultureInfo.InvariantCulture, $"<style>{BaseCss(palette)}{Css(palette)}</style></head>");
        html.Append(CultureInfo.InvariantCulture, $"<body class=\"{Palette.NameOf(theme)} {(compact ? "compact" : "full")}\"><main>");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{name}</h1><p class=\"sub\">{E(UiText.Get("subtitle", lang))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<table><caption class=\"vh\">{name}: {E(UiText.Get("subtitle", lang))}</caption>");
        html.Append(CultureInfo.InvariantCulture, $"<thead{(compact ? " class=\"vh\"" : string.Empty)}><tr><th scope=\"col\">{E(UiText.Get("instrument", lang))}</th><th scope=\"col\">{E(UiText.Get("status", lang))}</th></tr></thead><tbody>");
        foreach (var status in statuses)
        {
            Row(html, status, lang, compact, palette);
        }

        html.Append("</tbody></table>");
        Footer(html, statuses.Select(s => s.Instrument).ToList(), lang, asOf);
        html.Append("</main></body></html>");
        return html.ToString();
    }

    private static void Row(StringBuilder html, ParticipantStatus s, string lang, bool compact, Palette palette)
    {
        var instrument = s.Instrument;
        var kind = s.Status.Status.ToName();
        html.Append(CultureInfo.InvariantCulture, $"<tr class=\"st-{kind}\"><th scope=\"row\">");
        html.Append(CultureInfo.InvariantCulture, $"<a href=\"/v1/instruments/{E(Uri.EscapeDataString(instrument.Id))}?lang={E(lang)}\" target=\"_blank\" rel=\"noopener\">{ShortNameMarkup(instrument, lang)}</a>");
        if (!compact)
        {
            var title = instrument.Titles.In(lang);
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"title\">{InLanguage(title.Value, title.Lang, lang)}</span>");
        }

        html.Append("</th><td><div class=\"cell\">");
        html.Append(CultureInfo.InvariantCulture, $"<span class=\"chip\">{Icon(s.Status.Status, palette)}{E(UiText.Get($"status_{kind}", lang))}</span>");
        var detail = Detail(s.Status, lang, compact);
        if (detail.Length > 0)
        {
            html.Append(CultureInfo.InvariantCulture, $" <span class=\"detail\">{E(detail)}</span>");
        }

        if (s.Status.Uncertain && !compact)
        {
            html.Append(CultureInfo.InvariantCulture, $"<span class=\"detail note\">{E(UiText.Get("date_uncertain", lang))}</span>");
        }

        html.Append("</div></td></tr>");
    }

    /// <summary>Since when, and (unless compact) by which act: "since 14 December 1983 (ratification)".</summary>
    internal static string Detail(StatusOnDate status, string lang, bool compact)
    {
        var action = status.Status switch
        {
            TreatyStatus.Party => status.Consent,
            TreatyStatus.Signatory => status.Signature,
            TreatyStatus.Withdrawn => status.Withdrawal,
            _ => null,
        };
        if (action is null)
        {
            return string.Empty;
        }

        var date = compact && action.Date.Precision != DatePrecision.Unknown
            ? PartialDate.Parse(action.Date.Start!.Value.Year.ToString(CultureInfo.InvariantCulture))
            : action.Date;
        var since = LocalDates.Since(date, lang) ?? $"({UiText.Get("date_unknown", lang)})";
        if (compact || status.Status != TreatyStatus.Party)
        {
            return since;
        }

        var act = UiText.Get($"act_{action.Kind.ToName()}", lang);
        return lang == "zh" ? $"{since}（{act}）" : $"{since} ({act})";
    }

    private static void Footer(StringBuilder html, IReadOnlyList<Instrument> instruments, string lang, DateOnly asOf)
    {
        html.Append(CultureInfo.InvariantCulture, $"<footer><p>{E(UiText.Format("data_as_at", lang, LocalDates.Day(asOf, lang)))}</p>");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(UiText.Get("records_complete", lang))}</p><ul>");
        foreach (var instrument in instruments)
        {
            var complete = Dates.Day(instrument.CompleteAsAt)!.Value;
            html.Append(CultureInfo.InvariantCulture, $"<li>{ShortNameMarkup(instrument, lang)}: {E(LocalDates.Day(complete, lang))}</li>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</ul><p>{E(UiText.Get("later_sources", lang))}</p></footer>");
    }

    /// <summary>A shape for each status, so that it does not rest on colour: filled with a tick, half, a dash, struck through.</summary>
    internal static string Icon(TreatyStatus status, Palette palette)
    {
        var inner = status switch
        {
            TreatyStatus.Party => $"<circle cx=\"8\" cy=\"8\" r=\"7\" fill=\"currentColor\"/><path d=\"M4.6 8.3l2.2 2.2 4.6-4.8\" fill=\"none\" stroke=\"{palette.Party.Background}\" stroke-width=\"1.8\"/>",
            TreatyStatus.Signatory => "<circle cx=\"8\" cy=\"8\" r=\"6.2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"/><path d=\"M8 1.8a6.2 6.2 0 0 1 0 12.4z\" fill=\"currentColor\"/>",
            TreatyStatus.Withdrawn => "<circle cx=\"8\" cy=\"8\" r=\"6.2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"/><path d=\"M3.6 12.4l8.8-8.8\" stroke=\"currentColor\" stroke-width=\"1.6\"/>",
            _ => "<circle cx=\"8\" cy=\"8\" r=\"6.2\" fill=\"none\" stroke=\"currentColor\" stroke-width=\"1.6\"/><path d=\"M5 8h6\" stroke=\"currentColor\" stroke-width=\"1.8\"/>",
        };
        return $"<svg viewBox=\"0 0 16 16\" width=\"16\" height=\"16\" aria-hidden=\"true\" focusable=\"false\">{inner}</svg>";
    }

    private static string Css(Palette p)
    {
        var css = new StringBuilder();
        css.Append("table{width:100%;border-collapse:collapse}");
        css.Append(CultureInfo.InvariantCulture, $"th,td{{text-align:start;vertical-align:top;padding:.45em .4em;border-top:1px solid {p.Rule}}}");
        css.Append(CultureInfo.InvariantCulture, $"thead th{{font-size:.75em;font-weight:600;color:{p.Muted};border-top:0;padding-top:0}}");
        css.Append("tbody th{font-weight:600;width:55%;border-inline-start:4px solid transparent}");
        css.Append(CultureInfo.InvariantCulture, $".title{{display:block;font-weight:400;font-size:.8em;line-height:1.3;color:{p.Muted}}}");
        css.Append(".chip{display:inline-flex;align-items:center;gap:.35em;padding:.05em .55em;border-radius:1em;font-weight:600;max-width:100%}");
        css.Append(".chip svg{width:1em;height:1em;flex:none}");
        css.Append(".detail{display:block;font-size:.85em;margin-top:.15em}");
        css.Append(CultureInfo.InvariantCulture, $".note{{color:{p.Muted};font-style:italic}}");
        foreach (var (name, colors) in new[] { ("party", p.Party), ("signatory", p.Signatory), ("none", p.None), ("withdrawn", p.Withdrawn) })
        {
            css.Append(CultureInfo.InvariantCulture, $".st-{name} .chip{{color:{colors.Text};background:{colors.Background}}}.st-{name} th{{border-inline-start-color:{colors.Text}}}");
        }

        css.Append(".compact{padding:8px}.compact h1{font-size:1em}.compact .sub{margin-bottom:.3em}.compact footer{font-size:.7em}");
        css.Append(".compact th,.compact td{padding:.25em .4em;vertical-align:middle}.compact tbody th{width:42%}");
        css.Append(".compact .cell{display:flex;flex-wrap:wrap;align-items:center;gap:.15em .5em}.compact .detail{margin:0}");
        // Narrow frames: each row becomes a block, the status under the instrument.
        // Narrow frames: each row becomes a block, the status under the instrument (the compact rows stay one line).
        css.Append("@media (max-width:380px){.full tbody th,.full tbody td{display:block;width:auto}.full tbody td{border-top:0;padding-top:0;border-inline-start:4px solid transparent}.full thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}.full tbody tr{display:block}}");
        foreach (var (name, colors) in new[] { ("party", p.Party), ("signatory", p.Signatory), ("none", p.None), ("withdrawn", p.Withdrawn) })
        {
            css.Append(CultureInfo.InvariantCulture, $"@media (max-width:380px){{.full .st-{name} td{{border-inline-start-color:{colors.Text}}}}}");
        }

        return css.ToString();
    }
}
