using System.Globalization;
using System.Net;
using System.Text;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Widgets;

/// <summary>Draws a timeline as a self-contained SVG line chart: no script, no fonts or images from elsewhere.</summary>
internal static class TimelineChart
{
    public const int DefaultWidth = 640;
    public const int DefaultHeight = 320;
    private const int Left = 48;
    private const int Right = 16;
    private const int Top = 40;
    private const int Bottom = 36;

    /// <summary>Draws the chart; a widget asks for a smaller drawing so that its 12 px labels stay legible when it is shown narrow.</summary>
    public static string Render(Instrument instrument, TimelineContract timeline, string lang, int width = DefaultWidth, int height = DefaultHeight)
    {
        var years = timeline.Years;
        var first = years[0].Year;
        var last = years[^1].Year;
        var max = Math.Max(10, years.Max(y => Math.Max(y.Parties, y.Signatories)));
        var top = (int)Math.Ceiling(max / 50.0) * 50;
        double X(int year) => Left + ((width - Left - Right) * (last == first ? 0 : (year - first) / (double)(last - first)));
        double Y(int value) => Top + ((height - Top - Bottom) * (1 - (value / (double)top)));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var parties = UiText.Get("parties", lang);
        var signatories = UiText.Get("signatories", lang);
        var latest = years[^1];
        var title = Escape(instrument.Titles[lang]);
        var rtl = lang == "ar";
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"t d\" font-family=\"sans-serif\" font-size=\"12\" fill=\"#222\" lang=\"{lang}\"{(rtl ? " direction=\"rtl\"" : string.Empty)}>");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"t\">{title}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"d\">{Escape(parties)}: {latest.Parties}; {Escape(signatories)}: {latest.Signatories} ({Dates.Iso(latest.AsOf)}). {first}–{last}.</desc>");
        // Presentation attributes, not CSS: the API's strict Content-Security-Policy drops a <style> element when the
        // chart is opened on its own, which left the lines filled black.
        const string partyLine = "fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2.5\"";
        const string signatoryLine = "fill=\"none\" stroke=\"#a34a00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"";
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#fff\"/>");
        for (var v = 0; v <= top; v += top / 5)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<line stroke=\"#ddd\" x1=\"{Left}\" x2=\"{width - Right}\" y1=\"{F(Y(v))}\" y2=\"{F(Y(v))}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{F(Y(v) + 4)}\" text-anchor=\"end\">{v}</text>");
        }

        var step = last - first > 30 ? 10 : 5;
        for (var year = first; year <= last; year++)
        {
            // A regular tick too close to the last year's label would print over it.
            if (((year - first) % step == 0 && last - year >= step / 2) || year == last)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{F(X(year))}\" y=\"{height - Bottom + 18}\" text-anchor=\"middle\">{year}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<polyline {signatoryLine} points=\"{string.Join(' ', years.Select(y => $"{F(X(y.Year))},{F(Y(y.Signatories))}"))}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<polyline {partyLine} points=\"{string.Join(' ', years.Select(y => $"{F(X(y.Year))},{F(Y(y.Parties))}"))}\"/>");
        // The legend reads from the start of the line: from the left, or from the right in Arabic, where a
        // text's start is its right-hand end.
        double At(double offset) => rtl ? width - Right - offset : Left + offset;
        svg.Append(CultureInfo.InvariantCulture, $"<line {partyLine} x1=\"{F(At(0))}\" x2=\"{F(At(24))}\" y1=\"16\" y2=\"16\"/><text x=\"{F(At(30))}\" y=\"20\">{Escape(parties)} ({latest.Parties})</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<line {signatoryLine} x1=\"{F(At(170))}\" x2=\"{F(At(194))}\" y1=\"16\" y2=\"16\"/><text x=\"{F(At(200))}\" y=\"20\">{Escape(signatories)} ({latest.Signatories})</text>");
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Escape(string text) => WebUtility.HtmlEncode(text);
}
