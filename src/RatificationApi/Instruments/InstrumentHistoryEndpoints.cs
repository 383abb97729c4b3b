using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

/// <summary>An instrument over time: who joined in a window, and the counts at the end of each year.</summary>
public static class InstrumentHistoryEndpoints
{
    private static readonly string[] TimelineCsvHeader = ["year", "as_of", "parties", "signatories", "undetermined", "after_complete_data", "actions"];

    public static RouteGroupBuilder MapInstrumentHistory(this RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/{id}/progress", GetProgress)
            .WithName("getInstrumentProgress")
            .WithSummary("List who became a party between two dates")
            .WithDescription("The participants that were not parties on `from` and are parties on `to`, with the kind and date of each one's act, in the order they joined. By default, from the adoption of resolution 63/194 (2008-12-18) to today. Consents whose date is unknown or known only in part, so that it cannot be told whether they fall in the window, are listed apart as `undetermined`.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id}/timeline", GetTimeline)
            .WithName("getInstrumentTimeline")
            .WithSummary("Get an instrument's timeline")
            .WithDescription("Parties and signatories at the end of each year from the instrument's adoption to today, with each year's actions. JSON, or CSV with `format=csv` or `Accept: text/csv` (one row per year). Years whose counts depend on actions of unknown or partial date say so (`undetermined`), and so do years after the date through which the data is complete (`afterCompleteData`).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    internal static Results<Ok<ProgressContract>, ProblemHttpResult> GetProgress(
        [AsParameters] ProgressRequest request, HttpContext context, Catalog catalog, StatusService statuses)
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

        var today = statuses.Today;
        var from = Dates.TryParseDay(request.From, out var f) ? f : catalog.ResolutionAdopted(Catalog.Resolution63194) ?? Dates.Day(instrument.Adopted)!.Value;
        var to = Dates.AsOf(request.To, today);
        var inRegion = participants.Where(p => ParticipantFilter.InRegion(p, request.Region)).ToList();
        var before = (statuses.ForInstrument(instrument, inRegion, from)).ToDictionary(s => s.Participant.Id, StringComparer.Ordinal);
        var after = statuses.ForInstrument(instrument, inRegion, to);

        var items = new List<(TreatyAction Consent, JoinedContract Joined)>();
        var undetermined = new List<JoinedContract>();
        foreach (var now in after.Where(s => s.Status.Status == TreatyStatus.Party || s.Status.Uncertain))
        {
            var then = before[now.Participant.Id].Status;
            var consent = now.Status.Consent ?? now.Status.Counted.LastOrDefault(a => a.Kind.IsConsent());
            if (now.Status.Uncertain || then.Uncertain)
            {
                if (now.Status.Status == TreatyStatus.Party || then.Status != TreatyStatus.Party)
                {
                    var pending = consent ?? UncountedConsent(catalog, instrument.Id, now.Participant.Id);
                    if (pending is not null)
                    {
                        undetermined.Add(ToJoined(now.Participant, pending, lang));
                    }
                }
            }
            else if (now.Status.Status == TreatyStatus.Party && then.Status != TreatyStatus.Party)
            {
                items.Add((consent!, ToJoined(now.Participant, consent!, lang)));
            }
        }

        var ordered = items.OrderBy(i => i.Consent.Date.Start).ThenBy(i => i.Joined.State, StringComparer.Ordinal).Select(i => i.Joined).ToList();
        return TypedResults.Ok(new ProgressContract(
            instrument.Id,
            from,
            to,
            $"Participants{(request.Region is null ? string.Empty : $" in M49 region {request.Region}")} that were not parties to {instrument.ShortName} on {Dates.Iso(from)} and are parties on {Dates.Iso(to)}.",
            ordered.Count,
            ordered,
            undetermined));
    }

    internal static Results<Ok<TimelineContract>, CsvResult, ProblemHttpResult> GetTimeline(
        [AsParameters] TimelineRequest request, HttpContext context, Catalog catalog, StatusService statuses)
    {
        if (catalog.FindInstrument(request.Id) is not { } instrument)
        {
            return NotFoundProblems.Instrument(request.Id, catalog);
        }

        var timeline = Timeline.Of(instrument, catalog, statuses);
        if (!ResponseFormat.WantsCsv(request.Format, context))
        {
            return TypedResults.Ok(timeline);
        }

        return new CsvResult($"{instrument.Id}-timeline.csv", csv =>
        {
            CsvResult.WriteHeader(csv, TimelineCsvHeader);
            foreach (var year in timeline.Years)
            {
                csv.WriteField(year.Year);
                csv.WriteField(Dates.Iso(year.AsOf));
                csv.WriteField(year.Parties);
                csv.WriteField(year.Signatories);
                csv.WriteField(year.Undetermined);
                csv.WriteField(year.AfterCompleteData ? "true" : "false");
                csv.WriteField(year.Actions.Count);
                csv.NextRecord();
            }
        });
    }

    private static JoinedContract ToJoined(Participant participant, TreatyAction consent, string lang) => new(
        participant.Id,
        participant.Names[lang].Name,
        participant.IsUnMember,
        consent.Kind,
        consent.Date.ToIsoString(),
        consent.Date.Precision,
        consent.Basis);

    // A consent that the fold could not count on the date (its date is unknown or straddles it).
    private static TreatyAction? UncountedConsent(Catalog catalog, string instrument, string participant)
    {
        var rows = catalog.ActionsOfParticipant(participant);
        return rows
            .Where(r => r.Instrument == instrument)
            .Select(r => r.ToAction())
            .LastOrDefault(a => a.Kind.IsConsent());
    }
}
