using System.Globalization;
using System.Text;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;
using static RatificationApi.Widgets.Markup;

namespace RatificationApi.Widgets;

/// <summary>The map's classes of participant: one fill, one legend entry and one word each.</summary>
internal enum MapClass
{
    Party,
    Signatory,
    Withdrawn,
    NotParty,
    Undetermined,
}

/// <summary>
/// An instrument's status on a date as a world map, an SVG image with no script and nothing loaded from elsewhere.
/// Every participant but the European Union is one group with its name and status as a <c>&lt;title&gt;</c>: its shape,
/// or a dot where the shape is too small to see at the map's scale. The legend gives the counts, so the status is
/// never told by colour alone; the European Union, which has no territory of its own on the map, is in the legend.
/// </summary>
internal static class WorldMap
{
    public const int Width = 1000;
    private const double DotBelowArea = 12;
    private const double DotRadius = 3.6;
    private const int LegendTop = 14;

    public sealed record Classified(Participant Participant, MapClass Class);

    /// <summary>The class a participant's status on the date puts it in.</summary>
    public static MapClass ClassOf(StatusOnDate status) => status.Uncertain
        ? MapClass.Undetermined
        : status.Status switch
        {
            TreatyStatus.Party => MapClass.Party,
            TreatyStatus.Signatory => MapClass.Signatory,
            TreatyStatus.Withdrawn => MapClass.Withdrawn,
            _ => MapClass.NotParty,
        };

    /// <summary>The frame of a region: its participants' anchors, with room around them and a landscape shape.</summary>
    public static MapBox FrameOf(ReadModel.WorldMap geometry, IEnumerable<Participant> inRegion)
    {
        MapBox? box = null;
        foreach (var participant in inRegion)
        {
            if (geometry.ByParticipant.TryGetValue(participant.Id, out var shape))
            {
                // Around the anchor by the State's own size, but not its farthest islands: France frames Europe, not
                // French Guiana too.
                var r = Math.Clamp(Math.Sqrt(shape.Area) / 2, 4, 60);
                var around = new MapBox(shape.X - r, shape.Y - r, shape.X + r, shape.Y + r);
                box = box is { } b ? b.Union(around) : around;
            }
        }

        if (box is not { } found)
        {
            return geometry.Frame;
        }

        var world = geometry.Frame;
        var pad = Math.Max(found.Width, found.Height) * 0.06;
        var width = Math.Max(found.Width + (2 * pad), 80);
        var height = Math.Max(found.Height + (2 * pad), 50);
        // Between 3:2 and 2.4:1, so that the map is neither a sliver nor taller than a screen; never more than the world.
        width = Math.Min(Math.Max(width, height * 1.5), world.Width);
        height = Math.Min(Math.Max(height, width / 2.4), world.Height);
        // Moved, not cut, where it would reach past the edge of the world.
        var x0 = Math.Clamp(((found.X0 + found.X1) / 2) - (width / 2), world.X0, world.X1 - width);
        var y0 = Math.Clamp(((found.Y0 + found.Y1) / 2) - (height / 2), world.Y0, world.Y1 - height);
        return new MapBox(x0, y0, x0 + width, y0 + height);
    }

    /// <summary>An entry of the legend: a class of participant (or other territory), its fill, its words and its count.</summary>
    public sealed record LegendEntry(string Class, string Fill, string Label, int? Count);

    /// <summary>The legend and the notes under the map: the widget shows them as HTML, the map draws them itself.</summary>
    public static (IReadOnlyList<LegendEntry> Legend, IReadOnlyList<string> Notes) Key(
        Instrument instrument, ReadModel.WorldMap geometry, IReadOnlyList<Classified> participants, DateOnly asOf, string lang, Theme theme)
    {
        var palette = Palette.Of(theme);
        var counts = Enum.GetValues<MapClass>().ToDictionary(c => c, c => participants.Count(p => p.Class == c));
        var legend = Enum.GetValues<MapClass>()
            .Where(c => counts[c] > 0 || c is MapClass.Party or MapClass.Signatory or MapClass.NotParty)
            .Select(c => new LegendEntry(KeyOf(c), FillOf(c, theme), $"{Word(c, lang)} ({counts[c]})", counts[c]))
            .Append(new LegendEntry("not_participant", palette.Rule, UiText.Get("map_not_participant", lang), null))
            .ToList();

        var notes = new List<string>();
        foreach (var unplaced in participants.Where(p => !geometry.ByParticipant.ContainsKey(p.Participant.Id)))
        {
            notes.Add($"{unplaced.Participant.Names[lang].Name}: {Word(unplaced.Class, lang)}");
        }

        var statusOn = UiText.Format("map_status_on", lang, LocalDates.Day(asOf, lang));
        notes.Add(Dates.Day(instrument.CompleteAsAt) is { } complete
            ? $"{statusOn} · {UiText.Get("records_complete", lang)} {LocalDates.Day(complete, lang)}"
            : statusOn);
        notes.Add(UiText.Get("map_data_source", lang));
        notes.Add(UiText.Get("map_geometry_source", lang));
        return (legend, notes);
    }

    /// <summary>The fill of a class; the pattern of the undetermined is defined in the map's own defs.</summary>
    public static string FillOf(MapClass c, Theme theme)
    {
        var fills = BadgePalette.Of(theme);
        return c switch
        {
            MapClass.Party => fills.Party.Background,
            MapClass.Signatory => fills.Signatory.Background,
            MapClass.Withdrawn => fills.Withdrawn.Background,
            MapClass.Undetermined => "url(#undetermined)",
            _ => fills.None.Background,
        };
    }

    /// <summary>
    /// Draws the map with its <paramref name="key"/> (from <see cref="Key"/>); with <paramref name="withKey"/> false,
    /// without the legend and notes drawn (a page shows them), though its description still gives them.
    /// </summary>
    public static StringBuilder Render(
        Instrument instrument,
        ReadModel.WorldMap geometry,
        IReadOnlyList<Classified> participants,
        (IReadOnlyList<LegendEntry> Legend, IReadOnlyList<string> Notes) key,
        MapBox frame,
        string? regionName,
        DateOnly asOf,
        string lang,
        Theme theme,
        bool withKey = true)
    {
        var palette = Palette.Of(theme);
        var fills = BadgePalette.Of(theme);
        var rtl = IsRtl(lang);
        var scale = Width / frame.Width;
        var zoom = geometry.Frame.Width / frame.Width;
        var mapHeight = Math.Round(frame.Height * scale);
        var (legend, allNotes) = key;
        var notes = allNotes;
        string FillOf(MapClass c) => WorldMap.FillOf(c, theme);

        // The legend wraps into rows that fit the width; then come the notes, one line each.
        const double swatch = 14;
        const double gap = 22;
        var rows = new List<List<(string Fill, string Label, string Data, double X)>> { new() };
        double x = 0;
        foreach (var entry in withKey ? legend : [])
        {
            var data = entry.Count is { } count ? $" data-class=\"{entry.Class}\" data-count=\"{count}\"" : $" data-class=\"{entry.Class}\"";
            var w = swatch + 6 + Badge.TextWidth(entry.Label) * 13 / Badge.FontSize;
            if (x > 0 && x + w > Width - 32)
            {
                rows.Add([]);
                x = 0;
            }

            rows[^1].Add((entry.Fill, entry.Label, data, x));
            x += w + gap;
        }

        if (!withKey)
        {
            rows.Clear();
            notes = [];
        }

        var footer = withKey ? LegendTop + (rows.Count * 24) + (notes.Count * 18) + 6 : 0;
        var height = mapHeight + footer;
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        string At(double offset) => F(rtl ? Width - 16 - offset : 16 + offset);

        var title = regionName is null
            ? UiText.Format("map_title", lang, instrument.Titles[lang], LocalDates.Day(asOf, lang))
            : UiText.Format("map_title_region", lang, instrument.Titles[lang], regionName, LocalDates.Day(asOf, lang));
        // Grown in chunks, each small enough to stay out of the large-object heap.
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {F(height)}\" width=\"{Width}\" height=\"{F(height)}\" role=\"graphics-document document\" aria-labelledby=\"map-title\" aria-describedby=\"map-desc\" lang=\"{lang}\" xml:lang=\"{lang}\" direction=\"{Dir(lang)}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"map-title\">{E(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"map-desc\">{E(string.Join(" · ", legend.Where(l => l.Count is not null).Select(l => l.Label)))}. {E(string.Join(" ", allNotes))}</desc>");
        // Presentation attributes only, no CSS: served under the API's strict Content-Security-Policy, a <style> element
        // or a style attribute would be dropped when the SVG is opened on its own.
        string W(double px) => (px / scale).ToString("0.###", CultureInfo.InvariantCulture);
        svg.Append(CultureInfo.InvariantCulture,
            $"<defs><pattern id=\"undetermined\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" fill=\"{fills.Withdrawn.Background}\"/><rect width=\"2\" height=\"4\" fill=\"{palette.Rule}\"/></pattern></defs>");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{F(height)}\" fill=\"{palette.Background}\"/>");
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg x=\"0\" y=\"0\" width=\"{Width}\" height=\"{F(mapHeight)}\" viewBox=\"{F(frame.X0)} {F(frame.Y0)} {F(frame.Width)} {F(frame.Height)}\" role=\"group\">");
        svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{geometry.Sphere}\" fill=\"{(theme == Theme.Dark ? "#1f242c" : "#eef3f7")}\" aria-hidden=\"true\"/>");

        // Borders a constant half pixel wide whatever the frame's zoom.
        svg.Append(CultureInfo.InvariantCulture, $"<g stroke=\"{palette.Background}\" stroke-width=\"{W(0.5)}\" stroke-linejoin=\"round\">");

        // Territory that is no participant first, in the neutral colour, as background without a name.
        svg.Append(CultureInfo.InvariantCulture, $"<g fill=\"{palette.Rule}\" aria-hidden=\"true\">");
        foreach (var shape in geometry.Shapes)
        {
            if (shape.Participant is null && shape.PathAt(zoom) is { Length: > 0 } path)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\"/>");
            }
        }

        svg.Append("</g>");
        var dots = new StringBuilder();
        var r = DotRadius / scale;
        foreach (var (participant, mapClass) in participants)
        {
            if (!geometry.ByParticipant.TryGetValue(participant.Id, out var shape))
            {
                continue;
            }

            var name = $"{participant.Names[lang].Name}: {Word(mapClass, lang)}";
            var group = $"<g role=\"graphics-symbol img\" data-participant=\"{participant.Id}\" data-status=\"{KeyOf(mapClass)}\" fill=\"{FillOf(mapClass)}\"><title>{E(name)}</title>";
            var path = shape.PathAt(zoom);
            var tooSmall = path.Length == 0 || shape.Area * scale * scale < DotBelowArea;
            if (tooSmall)
            {
                // Drawn last, over the land, so that a neighbour's shape cannot hide it.
                dots.Append(group);
                if (path.Length > 0)
                {
                    dots.Append(CultureInfo.InvariantCulture, $"<path d=\"{path}\"/>");
                }

                dots.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{F(shape.X)}\" cy=\"{F(shape.Y)}\" r=\"{r.ToString("0.##", CultureInfo.InvariantCulture)}\" stroke=\"{palette.Text}\" stroke-width=\"{W(0.8)}\"/></g>");
            }
            else
            {
                svg.Append(CultureInfo.InvariantCulture, $"{group}<path d=\"{path}\"/></g>");
            }
        }

        svg.Append(dots);
        svg.Append("</g></svg>");

        // The legend and the notes, read from the right in Arabic: there the root's direction makes a text's start its
        // right-hand end, so the same x, counted from the right, anchors it.
        svg.Append(CultureInfo.InvariantCulture, $"<g font-family=\"sans-serif\" font-size=\"13\" fill=\"{palette.Text}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<g role=\"list\" aria-label=\"{E(UiText.Get("map_legend", lang))}\">");
        var y = mapHeight + LegendTop;
        foreach (var row in rows)
        {
            foreach (var (fill, label, data, offset) in row)
            {
                var boxX = rtl ? Width - 16 - offset - swatch : 16 + offset;
                svg.Append(CultureInfo.InvariantCulture,
                    $"<g role=\"listitem\"{data}><rect x=\"{F(boxX)}\" y=\"{F(y)}\" width=\"{swatch}\" height=\"{swatch}\" fill=\"{fill}\" stroke=\"{palette.Muted}\" stroke-width=\".5\"/><text x=\"{At(offset + swatch + 6)}\" y=\"{F(y + 12)}\">{E(label)}</text></g>");
            }

            y += 24;
        }

        svg.Append("</g>");
        foreach (var note in notes)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{At(0)}\" y=\"{F(y + 10)}\" font-size=\"12\" fill=\"{palette.Muted}\">{E(note)}</text>");
            y += 18;
        }

        // Returned as the builder: made into one string, a map would be a large-object allocation (see Utf8Text).
        return svg.Append("</g></svg>");
    }

    /// <summary>The class in words: the widgets' status words, and the map's own for the two they lack.</summary>
    public static string Word(MapClass c, string lang) => UiText.Get(
        c switch
        {
            MapClass.Party => "status_party",
            MapClass.Signatory => "map_signatory",
            MapClass.Withdrawn => "status_withdrawn",
            MapClass.Undetermined => "map_undetermined",
            _ => "status_none",
        },
        lang);

    private static string KeyOf(MapClass c) => c switch
    {
        MapClass.Party => "party",
        MapClass.Signatory => "signatory",
        MapClass.Withdrawn => "withdrawn",
        MapClass.Undetermined => "undetermined",
        _ => "not_party",
    };
}
