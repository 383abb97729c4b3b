using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;
using RatificationApi.Statuses;

namespace RatificationApi.Instruments;

public static class InstrumentEndpoints
{
    public static RouteGroupBuilder MapInstruments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/v1/instruments").WithTags("Instruments").WithParameterValidation();

        group.MapGet("/", ListInstruments)
            .WithName("listInstruments")
            .WithSummary("List the five instruments")
            .WithDescription("The five instruments that General Assembly resolution 63/194 urges States to join, with their metadata, today's counts of parties and signatories, and the date through which the data on each is complete.");

        group.MapGet("/{id}", GetInstrument)
            .WithName("getInstrument")
            .WithSummary("Get one instrument")
            .WithDescription("One instrument by its id or its MTDSG number (case-insensitive): metadata, counts of parties and signatories, and coverage: the date through which the data is complete, the counts the depositary states, and how many parties the data cannot yet identify.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/participants", ListParticipants)
            .WithName("listInstrumentParticipants")
            .WithSummary("List an instrument's participants")
            .WithDescription("Every participant that has signed or joined the instrument, with its status: kind and date of its consent to be bound, date of signature, date of entry into force for it, whether reservations or declarations are recorded, and the sources. Filter by status.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/gaps", ListGaps)
            .WithName("listInstrumentGaps")
            .WithSummary("List the ratification gaps of an instrument")
            .WithDescription("The UN Member States that are not parties to the instrument, each saying whether it has signed. Observer States, Cook Islands, Niue and the European Union are not counted as gaps.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static async Task<Ok<InstrumentListContract>> ListInstruments(
        [AsParameters] InstrumentListRequest request, HttpContext context, StatusQueries queries, StatusService statuses, CancellationToken cancellationToken)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        var asOf = statuses.Today;
        var instruments = await queries.InstrumentsAsync(lang, cancellationToken);
        var participants = await queries.ParticipantsAsync(lang, cancellationToken);
        var items = new List<InstrumentContract>();
        foreach (var instrument in instruments)
        {
            var all = await statuses.ForInstrumentAsync(instrument, participants, asOf, cancellationToken);
            items.Add(ToContract(instrument, all, asOf));
        }

        return TypedResults.Ok(new InstrumentListContract(asOf, items));
    }

    internal static async Task<Results<Ok<InstrumentContract>, ProblemHttpResult>> GetInstrument(
        [AsParameters] InstrumentRequest request, HttpContext context, StatusQueries queries, StatusService statuses, CancellationToken cancellationToken)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (await queries.FindInstrumentAsync(request.Id, lang, cancellationToken) is not { } instrument)
        {
            return await InstrumentNotFound(request.Id, queries, cancellationToken);
        }

        var asOf = statuses.Today;
        var all = await statuses.ForInstrumentAsync(instrument, await queries.ParticipantsAsync(lang, cancellationToken), asOf, cancellationToken);
        return TypedResults.Ok(ToContract(instrument, all, asOf));
    }

    internal static async Task<Results<Ok<ParticipantListContract>, ProblemHttpResult>> ListParticipants(
        [AsParameters] ParticipantsRequest request, HttpContext context, StatusQueries queries, StatusService statuses, CancellationToken cancellationToken)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (await queries.FindInstrumentAsync(request.Id, lang, cancellationToken) is not { } instrument)
        {
            return await InstrumentNotFound(request.Id, queries, cancellationToken);
        }

        var asOf = statuses.Today;
        var all = await statuses.ForInstrumentAsync(instrument, await queries.ParticipantsAsync(lang, cancellationToken), asOf, cancellationToken);
        var items = all
            .Select(s => s.ToContract())
            .Where(s => s.Status != "none" || s.DateUncertain)
            .Where(s => request.Status is null || s.Status == request.Status)
            .ToList();
        return TypedResults.Ok(new ParticipantListContract(instrument.Id, asOf, request.Status, items.Count, items));
    }

    internal static async Task<Results<Ok<InstrumentGapsContract>, ProblemHttpResult>> ListGaps(
        [AsParameters] InstrumentRequest request, HttpContext context, StatusQueries queries, StatusService statuses, CancellationToken cancellationToken)
    {
        var lang = LanguageNegotiation.Resolve(request.Lang, context);
        if (await queries.FindInstrumentAsync(request.Id, lang, cancellationToken) is not { } instrument)
        {
            return await InstrumentNotFound(request.Id, queries, cancellationToken);
        }

        var asOf = statuses.Today;
        var members = (await queries.ParticipantsAsync(lang, cancellationToken)).Where(p => p.UnStatus == "member").ToList();
        var all = await statuses.ForInstrumentAsync(instrument, members, asOf, cancellationToken);
        var gaps = all
            .Where(s => !s.Status.Uncertain && s.Status.Status != Domain.TreatyStatus.Party)
            .Select(s => s.ToContract())
            .Select(s => new InstrumentGapContract(s.State, s.StateName, s.Status, s.Signed))
            .ToList();
        return TypedResults.Ok(new InstrumentGapsContract(
            instrument.Id,
            asOf,
            $"UN Member States ({members.Count}) that are not parties to {instrument.ShortName} on {asOf:yyyy-MM-dd}; signedCount counts those among them that have signed.",
            gaps.Count,
            gaps.Count(g => g.Signed is not null),
            all.Count(s => s.Status.Uncertain),
            gaps));
    }

    internal static async Task<ProblemHttpResult> InstrumentNotFound(string id, StatusQueries queries, CancellationToken cancellationToken)
    {
        var known = await queries.InstrumentsAsync("en", cancellationToken);
        return Problems.NotFound(
            "Instrument not found",
            $"No instrument has the id or MTDSG number '{id}'. Known: {string.Join(", ", known.Select(i => $"{i.Id} ({i.Mtdsg})"))}.");
    }

    internal static InstrumentContract ToContract(InstrumentDbRow i, IReadOnlyList<ParticipantStatus> statuses, DateOnly asOf)
    {
        var counts = StatusService.Count(statuses);
        var stated = i.StatedParties is null && i.StatedSignatories is null
            ? null
            : new StatedCountsContract(i.StatedParties, i.StatedSignatories, Day(i.StatedAsAt), i.StatedSource);
        // Parties the data knows by the date of the statement (all of today's when the statement has no date);
        // undated consents count, since they may well precede it, so the shortfall is a lower bound.
        var knownByStatement = statuses.Count(s => s.Status.Status == Domain.TreatyStatus.Party
            && (stated?.AsAt is not { } statedAt || s.Status.Consent!.Date.Start is null || s.Status.Consent.Date.Start <= statedAt));
        var unidentified = stated?.Parties is { } statedParties ? (int)Math.Max(0, statedParties - knownByStatement) : 0;
        return new InstrumentContract(
            i.Id,
            i.Mtdsg,
            i.ShortName,
            i.Title,
            i.TitleLang,
            i.Parent,
            i.ParentReference,
            Day(i.Adopted)!.Value,
            i.AdoptionPlace,
            i.AdoptedBy,
            Day(i.OpenedForSignature),
            Day(i.EntryIntoForce),
            new EntryIntoForceRuleContract(i.EifArticle, i.EifOffset, i.EifRuleBasis, i.EifRuleText),
            new UntsContract(i.UntsVolume, i.UntsPage, i.UntsRegistrationNo, Day(i.UntsRegistrationDate)),
            asOf,
            counts,
            new CoverageContract(Day(i.CompleteAsAt)!.Value, i.CompleteAsAtSource, stated, unidentified),
            Split(i.Source),
            i.Notes);
    }

    internal static IReadOnlyList<string> Split(string sources) =>
        [.. sources.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
