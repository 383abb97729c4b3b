using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

public static class InstrumentEndpoints
{
    public static RouteGroupBuilder MapInstruments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/instruments").WithTags("Instruments").WithParameterValidation();

        group.MapGet("/", ListInstruments)
            .WithName("listInstruments")
            .WithSummary("List the five instruments")
            .WithDescription("The five instruments that General Assembly resolution 63/194 urges States to join, with their metadata, counts of parties and signatories (today, or on `asOf`), and the date through which the data on each is complete.");

        group.MapGet("/{id}", GetInstrument)
            .WithName("getInstrument")
            .WithSummary("Get one instrument")
            .WithDescription("One instrument by its id or its MTDSG number (case-insensitive): metadata, counts of parties and signatories (today, or on `asOf`), and coverage: the date through which the data is complete, the counts the depositary states, and how many parties the data cannot yet identify.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/participants", ListParticipants)
            .WithName("listInstrumentParticipants")
            .WithSummary("List an instrument's participants")
            .WithDescription("Every participant that has signed or joined the instrument (by `asOf`, today by default), with its status: kind and date of its consent to be bound, date of signature, date of entry into force for it, whether reservations or declarations are recorded, and the sources. Filter by status and region.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/participants/{code}", GetParticipant)
            .WithName("getInstrumentParticipant")
            .WithSummary("Get one participant's record under an instrument")
            .WithDescription("One participant (ISO 3166-1 alpha-3 or alpha-2 code, or EU) under one instrument: its status object (today, or on `asOf`), every action behind it with its date, precision, basis, sources and notes, its reservations, declarations, objections and territorial applications in the depositary's words (kind, occasion, date, text, the participant an objection concerns, source), and the objections other participants made to its reservations and declarations. With `asOf`, the lists hold only what is known to have happened by that date. A participant that never acted under the instrument gets status `none` and empty lists.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/gaps", ListGaps)
            .WithName("listInstrumentGaps")
            .WithSummary("List the ratification gaps of an instrument")
            .WithDescription("The UN Member States that are not parties to the instrument (on `asOf`, today by default; only States that were Members on that date), each saying whether it has signed. Observer States, Cook Islands, Niue and the European Union are not counted as gaps. Filter by region; group by region or subregion.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapInstrumentHistory();
        return group;
    }

    internal static Ok<InstrumentListContract> ListInstruments(
        [AsParameters] InstrumentListRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var instruments = catalog.Instruments;
        var participants = catalog.Participants;
        var items = new List<InstrumentContract>();
        foreach (var instrument in instruments)
        {
            var all = statuses.StatusesOnly(instrument, participants, asOf);
            items.Add(ToContract(instrument, all, asOf, lang));
        }

        return TypedResults.Ok(new InstrumentListContract(asOf, items));
    }

    internal static Results<Ok<InstrumentContract>, ProblemHttpResult> GetInstrument(
        [AsParameters] InstrumentRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var all = statuses.StatusesOnly(instrument, catalog.Participants, asOf);
        return TypedResults.Ok(ToContract(instrument, all, asOf, lang));
    }

    internal static Results<Ok<ParticipantListContract>, ProblemHttpResult> ListParticipants(
        [AsParameters] ParticipantsRequest request, HttpContext context, Catalog catalog, StatusService statuses)
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
        var all = statuses.ForInstrument(instrument, [.. participants.Where(p => ParticipantFilter.InRegion(p, request.Region))], asOf);
        TreatyStatus? wanted = WireName.TryParse<TreatyStatus>(request.Status, out var status) ? status : null;
        var items = all
            .Where(s => s.Status.Status != TreatyStatus.None || s.Status.Uncertain)
            .Where(s => wanted is null || s.Status.Status == wanted)
            .Select(s => s.ToContract(lang))
            .ToList();
        return TypedResults.Ok(new ParticipantListContract(instrument.Id, asOf, wanted, request.Region, items.Count, items));
    }

    internal static Results<Ok<InstrumentParticipantContract>, ProblemHttpResult> GetParticipant(
        [AsParameters] InstrumentParticipantRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        if (catalog.FindParticipant(request.Code) is not { } participant)
        {
            return NotFoundProblems.State(request.Code);
        }

        var asOf = Dates.AsOf(request.AsOf, statuses.Today);
        var record = statuses.Record(instrument, participant, asOf);
        return TypedResults.Ok(new InstrumentParticipantContract(
            instrument.Id,
            participant.Id,
            participant.Names[lang].Name,
            asOf,
            record.Status.ToContract(lang),
            [.. record.Actions.Select(a => new ActionRecordContract(WireName.Parse<ActionKind>(a.Kind), a.Date, WireName.Parse<DatePrecision>(a.DatePrecision), WireName.Parse<Basis>(a.Basis), WireName.Parse<Recorded>(a.Reservations), SourceList.Split(a.Source), a.Notes))],
            [.. record.Statements.Select(ToContract)],
            [.. record.ObjectionsReceived.Select(ToContract)]));
    }

    private static StatementContract ToContract(StatementDbRow s) =>
        new(
            s.Participant,
            WireName.Parse<StatementKind>(s.Kind),
            s.Occasion is null ? null : WireName.Parse<ActionKind>(s.Occasion),
            s.Date,
            WireName.Parse<DatePrecision>(s.DatePrecision),
            s.Target,
            s.Heading,
            s.Text,
            WireName.Parse<Basis>(s.Basis),
            SourceList.Split(s.Source),
            s.Notes);

    internal static Results<Ok<InstrumentGapsContract>, ProblemHttpResult> ListGaps(
        [AsParameters] GapsRequest request, HttpContext context, Catalog catalog, StatusService statuses)
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
        return TypedResults.Ok(Gaps.Of(instrument, participants, request.Region, GapGroupings.Parse(request.GroupBy), asOf, lang, statuses));
    }

    internal static InstrumentContract ToContract(Instrument i, IReadOnlyList<ParticipantStatus> statuses, DateOnly asOf, string lang)
    {
        var counts = StatusService.Count(statuses);
        var title = i.Titles.In(lang);
        var stated = i.StatedParties is null && i.StatedSignatories is null
            ? null
            : new StatedCountsContract(i.StatedParties, i.StatedSignatories, Dates.Day(i.StatedAsAt), i.StatedSource);

        var unidentified = StatedCoverage.PartiesUnidentified(statuses.Select(s => s.Status), stated?.Parties, stated?.AsAt);
        var undated = statuses
            .Where(s => s.Status.Consent is { Date.Precision: DatePrecision.Unknown })
            .Select(s => s.Participant.Id)
            .ToList();
        return new InstrumentContract(
            i.Id,
            i.Mtdsg,
            i.ShortName,
            title.Value,
            title.Lang,
            i.Parent,
            i.ParentReference,
            Dates.Day(i.Adopted)!.Value,
            i.AdoptionPlace,
            i.AdoptedBy,
            Dates.Day(i.OpenedForSignature),
            Dates.Day(i.EntryIntoForce),
            new EntryIntoForceRuleContract(i.EifArticle, i.EifOffset, i.EifRuleBasis is null ? null : WireName.Parse<RuleBasis>(i.EifRuleBasis), i.EifRuleText),
            new UntsContract(i.UntsVolume, i.UntsPage, i.UntsRegistrationNo, Dates.Day(i.UntsRegistrationDate)),
            asOf,
            counts,
            new CoverageContract(Dates.Day(i.CompleteAsAt)!.Value, i.CompleteAsAtSource, stated, undated, unidentified),
            SourceList.Split(i.Source),
            i.Notes,
            i.ShortNameIn(lang));
    }
}
