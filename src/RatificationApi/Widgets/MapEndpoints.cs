using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Widgets;

public sealed record MapRequest(
    [property: FromRoute(Name = "id"), Description(WidgetParameterText.Instrument)] string Id,
    [property: FromQuery(Name = "asOf"), Description("Colour each participant by its status on this date (YYYY-MM-DD, not in the future) instead of today.")] string? AsOf,
    [property: FromQuery(Name = "lang"), Description("Language of the names, the legend and the notes: ar, en, es, fr, ru or zh (Arabic is laid out right to left). Overrides Accept-Language; English by default.")] string? Lang,
    [property: FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)] string? Theme,
    [property: FromQuery(Name = "region"), Description("Frame the map on this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe, 029 Caribbean); the whole world by default. Every participant is still drawn.")] string? Region);

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

public static class MapEndpoints
{
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
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        var participants = catalog.Participants;
        if (ParticipantFilter.UnknownRegion(participants, request.Region) is { } badRegion)
        {
            return badRegion;
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var classified = statuses.StatusesOnly(instrument, participants, asOf)
            .Select(s => new WorldMap.Classified(s.Participant, WorldMap.ClassOf(s.Status)))
            .ToList();
        var geometry = catalog.WorldMap;
        var (frame, regionName) = request.Region is { } region
            ? (WorldMap.FrameOf(geometry, participants.Where(p => ParticipantFilter.InRegion(p, region))), RegionName(participants, region))
            : (geometry.Frame, null);
        return new SvgResult(WorldMap.Render(instrument, geometry, classified, frame, regionName, asOf, lang, Palette.ThemeOf(request.Theme)));
    }

    private static string RegionName(IReadOnlyList<Participant> participants, string code) =>
        participants.Select(p => p.RegionCode == code ? p.Region : p.SubregionCode == code ? p.Subregion : p.IntermediateRegionCode == code ? p.IntermediateRegion : null)
            .FirstOrDefault(n => n is not null) ?? code;
}
