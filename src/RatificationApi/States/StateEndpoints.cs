using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.States;

public static class StateEndpoints
{
    public static RouteGroupBuilder MapStates(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/states").WithTags("States").WithParameterValidation();

        group.MapGet("/", ListStates)
            .WithName("listStates")
            .WithSummary("List the States")
            .WithDescription("The 193 UN Member States, the two non-member observer States, Cook Islands, Niue and the European Union, with ISO 3166-1 and M49 codes, UN membership and M49 regions. Filter by region and UN membership. With `q`, find them by any name (Swaziland, Ivory Coast, Türkiye, 中国), best match first, each with the name that matched (`match`).");

        group.MapGet("/{code}", GetState)
            .WithName("getState")
            .WithSummary("Get a State and its status under each instrument")
            .WithDescription("One State by ISO 3166-1 alpha-3 or alpha-2 code (any case) or UN M49 code (three digits: 250 is France), with one status object per instrument (today, or on `asOf`): party, signatory, none or withdrawn, since when, by which act, in force from when, and the sources.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{code}/gaps", ListStateGaps)
            .WithName("listStateGaps")
            .WithSummary("List the instruments a State has not joined")
            .WithDescription("The instruments of the five to which the State is not a party (today, or on `asOf`), each saying whether the State has signed it.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static Results<Ok<StateListContract>, ProblemHttpResult> ListStates(
        [AsParameters] StateListRequest request, HttpContext context, Catalog catalog)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var participants = catalog.Participants;
        if (ParticipantFilter.UnknownRegion(participants, request.Region) is { } badRegion)
        {
            return badRegion;
        }

        if (request.Q is { } q)
        {
            var found = catalog.SearchParticipants(q, lang)
                .Where(m => ParticipantFilter.InRegion(m.Participant, request.Region))
                .Where(m => ParticipantFilter.MatchesMembership(m.Participant, request.UnMember))
                .Select(m => ToContract(m.Participant, lang) with { Match = new NameMatchContract(m.Name, m.Lang, WireName.Parse<NameKind>(m.Kind), m.Quality) })
                .ToList();
            return TypedResults.Ok(new StateListContract(found.Count, found));
        }

        var items = participants
            .Where(p => ParticipantFilter.InRegion(p, request.Region))
            .Where(p => ParticipantFilter.MatchesMembership(p, request.UnMember))
            .Select(p => ToContract(p, lang))
            .ToList();
        return TypedResults.Ok(new StateListContract(items.Count, items));
    }

    internal static Results<Ok<StateDetailContract>, ProblemHttpResult> GetState(
        [AsParameters] StateRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (Find(catalog, request.Code) is not { } participant)
        {
            return NotFound(request.Code);
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var all = statuses.ForParticipant(participant, catalog.Instruments, asOf);
        return TypedResults.Ok(new StateDetailContract(
            ToContract(participant, lang),
            participant.Names[lang].FormalName,
            asOf,
            Array.ConvertAll(all, s => s.ToContract(lang)),
            participant.Sources));
    }

    internal static Results<Ok<StateGapsContract>, ProblemHttpResult> ListStateGaps(
        [AsParameters] StateRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (Find(catalog, request.Code) is not { } participant)
        {
            return NotFound(request.Code);
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var all = statuses.ForParticipant(participant, catalog.Instruments, asOf);
        var items = all
            .Where(s => !s.Status.Uncertain && s.Status.Status != TreatyStatus.Party)
            .Select(s => new StateGapContract(s.Instrument.Id, s.Instrument.ShortName, s.Instrument.Titles[lang], s.Status.Status, s.Status.Signature?.DateText))
            .ToList();
        return TypedResults.Ok(new StateGapsContract(participant.Id, participant.Names[lang].Name, asOf, items.Count, all.Count(s => s.Status.Uncertain), items));
    }

    private static Participant? Find(Catalog catalog, string code) =>
        StateSearch.IsM49(code) ? catalog.FindParticipantByM49(code) : catalog.FindParticipant(code);

    private static ProblemHttpResult NotFound(string code) => StateSearch.IsM49(code)
        ? Problems.NotFound(
            "State not found",
            $"No participant has the UN M49 code '{code}'. GET /v1/states lists every participant with its m49 code (three digits, e.g. 250 for France).")
        : NotFoundProblems.State(code);

    internal static StateContract ToContract(Participant p, string lang) => ToContract(p, p.Names.In(lang));

    private static StateContract ToContract(Participant p, LocalizedValue<ParticipantName> name) => new(
        p.Id,
        p.Iso3,
        p.Iso2,
        p.M49,
        name.Value.Name,
        name.Lang,
        WireName.Parse<ParticipantKind>(p.Kind),
        p.IsUnMember,
        WireName.Parse<UnStatus>(p.UnStatus),
        p.AdmittedOn,
        Region(p.RegionCode, p.Region),
        Region(p.SubregionCode, p.Subregion),
        Region(p.IntermediateRegionCode, p.IntermediateRegion));

    private static RegionContract? Region(string? code, string? name) =>
        code is null ? null : new RegionContract(code, name ?? string.Empty);
}
