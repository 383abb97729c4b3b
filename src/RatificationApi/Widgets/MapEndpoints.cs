using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Widgets;

public sealed record MapRequest
{
    [FromRoute(Name = "id"), Description(WidgetParameterText.Instrument)]
    public required string Id { get; init; }

    [FromQuery(Name = "asOf"), Description("Colour each participant by its status on this date (YYYY-MM-DD, not in the future) instead of today.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description("Language of the names, the legend and the notes: ar, en, es, fr, ru or zh (Arabic is laid out right to left). Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }

    [FromQuery(Name = "region"), Description("Frame the map on this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe, 029 Caribbean); the whole world by default. Every participant is still drawn.")]
    public string? Region { get; init; }
}

public sealed class MapRequestValidator : AbstractValidator<MapRequest>
{
    public MapRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
        RuleFor(r => r.Region).ValidRegion();
    }
}

public sealed record ResolutionWidgetRequest
{
    [FromRoute(Name = "id"), SchemaPattern(RequestRules.ResolutionIdPattern), Description("The resolution's symbol with '-' for '/': A-RES-63-194.")]
    public required string Id { get; init; }

    [FromQuery(Name = "lang"), Description(WidgetParameterText.Lang)]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }
}

public sealed class ResolutionWidgetRequestValidator : AbstractValidator<ResolutionWidgetRequest>
{
    public ResolutionWidgetRequestValidator()
    {
        RuleFor(r => r.Id).ValidResolutionId();
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
    }
}

public static class MapEndpoints
{
    // The resolution widget shows its ten maps as images from this service (inline they would weigh a megabyte); nothing
    // comes from any other origin.
    private const string ResolutionWidgetPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

    public static RouteGroupBuilder MapMapWidgets(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(string.Empty).WithTags("Widgets and badges").WithParameterValidation();

        group.MapGet("/widgets/instruments/{id}/map", GetMapWidget)
            .WithName("getInstrumentMapWidget")
            .WithSummary("Get an instrument's map widget (HTML, for an iframe)")
            .WithDescription("An HTML page made to sit in an <iframe> on any site: the instrument's world map on a date (as GET /v1/instruments/{id}/map.svg draws it, inline, so that a screen reader reads each State's name and status) and, in a <details>, the UN Member States that are not parties, by region. Six languages (Arabic right to left), light or dark, framed on an M49 region if asked. No script, nothing loaded from elsewhere; framable by any site. Cached like every answer: a strong ETag (If-None-Match gets 304), Brotli or gzip when accepted.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/widgets/resolutions/{id}", GetResolutionWidget)
            .WithName("getResolutionWidget")
            .WithSummary("Get resolution 63/194's widget: the five gaps then and now (HTML, for an iframe)")
            .WithDescription("An HTML page made to sit in an <iframe>: for each of the five instruments that paragraphs 1 and 2 of A/RES/63/194 urge States to join, the UN Member States not parties on the day of adoption (18 December 2008) and today, side by side, each with its world map (an image from this service, with a text alternative that gives the figures). Six languages, light or dark. No script; images only from this service (its Content-Security-Policy says img-src 'self'); framable by any site.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static Results<EmbeddableHtmlResult, ProblemHttpResult> GetMapWidget(
        [AsParameters] MapRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        // The same checks and the same drawing as the map itself; the page shows the legend and notes as text.
        var drawing = Draw(request, context, catalog, statuses, withKey: false);
        if (drawing.Problem is { } problem)
        {
            return problem;
        }

        var gaps = Gaps.Of(drawing.Instrument!, catalog.Participants, request.Region, GapGrouping.Region, drawing.AsOf, drawing.Lang, statuses);
        return new EmbeddableHtmlResult(
            MapWidgets.RenderMap(drawing.Instrument!, drawing.Svg!, drawing.Legend, drawing.Notes, gaps, drawing.Lang, Palette.ThemeOf(request.Theme)),
            EmbeddableResponse.FramablePolicy);
    }

    internal static Results<EmbeddableHtmlResult, ProblemHttpResult> GetResolutionWidget(
        [AsParameters] ResolutionWidgetRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindResolution(request.Id) is not { } resolution)
        {
            return NotFoundProblems.Resolution(request.Id);
        }

        var adopted = Dates.Day(resolution.Adopted)!.Value;
        var today = statuses.Today;
        var urged = catalog.ParagraphsOf(resolution.Id).Select(p => p.Instrument).Distinct(StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        var rows = catalog.Instruments
            .Where(i => urged.Contains(i.Id))
            .Select(i => new MapWidgets.ResolutionRow(
                i,
                Gaps.Of(i, catalog.Participants, null, null, adopted, lang, statuses),
                Gaps.Of(i, catalog.Participants, null, null, today, lang, statuses)))
            .ToList();
        return new EmbeddableHtmlResult(MapWidgets.RenderResolution(resolution, rows, lang, Palette.ThemeOf(request.Theme)), ResolutionWidgetPolicy);
    }

    public static RouteGroupBuilder MapWorldMap(this RouteGroupBuilder instruments)
    {
        ArgumentNullException.ThrowIfNull(instruments);
        instruments.MapGet("/{id}/map.svg", GetMap)
            .WithName("getInstrumentMap")
            .WithSummary("Get a world map of an instrument's status on a date, as SVG")
            .WithDescription("Every participant coloured by its status on the date (party, signatory only, withdrawn, not a party, or not determined where a date is unknown), with a legend that gives the counts, so that colour is never the only cue. A participant too small to see at the map's scale is a dot; each has a title with its name and status in the language asked. Equal Earth projection; geometry from Natural Earth (data/geo/README.md). For a page to embed with <img> or inline.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return instruments;
    }

    internal static Results<SvgResult, ProblemHttpResult> GetMap(
        [AsParameters] MapRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var drawing = Draw(request, context, catalog, statuses, withKey: true);
        return drawing.Problem is { } problem ? problem : new SvgResult(drawing.Svg!);
    }

    /// <summary>A map and its key, or the problem with the request that asked for it.</summary>
    private sealed record Drawing(
        ProblemHttpResult? Problem, System.Text.StringBuilder? Svg, IReadOnlyList<WorldMap.LegendEntry> Legend, IReadOnlyList<string> Notes, Instrument? Instrument, DateOnly AsOf, string Lang)
    {
        public static Drawing Refused(ProblemHttpResult problem) => new(problem, null, [], [], null, default, string.Empty);
    }

    private static Drawing Draw(MapRequest request, HttpContext context, Catalog catalog, StatusService statuses, bool withKey)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return Drawing.Refused(NotFoundProblems.Instrument(request.Id, catalog));
        }

        var participants = catalog.Participants;
        if (ParticipantFilter.UnknownRegion(participants, request.Region) is { } badRegion)
        {
            return Drawing.Refused(badRegion);
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var theme = Palette.ThemeOf(request.Theme);
        var classified = statuses.StatusesOnly(instrument, participants, asOf)
            .Select(s => new WorldMap.Classified(s.Participant, WorldMap.ClassOf(s.Status)))
            .ToList();
        var geometry = catalog.WorldMap;
        var (frame, regionName) = request.Region is { } region
            ? (WorldMap.FrameOf(geometry, participants.Where(p => ParticipantFilter.InRegion(p, region))), RegionName(participants, region))
            : (geometry.Frame, null);
        var key = WorldMap.Key(instrument, geometry, classified, asOf, lang, theme);
        var svg = WorldMap.Render(instrument, geometry, classified, key, frame, regionName, asOf, lang, theme, withKey);
        return new Drawing(null, svg, key.Legend, key.Notes, instrument, asOf, lang);
    }

    private static string RegionName(IReadOnlyList<Participant> participants, string code) =>
        participants.Select(p => p.RegionCode == code ? p.Region : p.SubregionCode == code ? p.Subregion : p.IntermediateRegionCode == code ? p.IntermediateRegion : null)
            .FirstOrDefault(n => n is not null) ?? code;
}
