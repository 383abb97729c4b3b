using RatificationApi.Domain;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>Parties and signatories at the end of each year, and the actions of each year.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="CompleteAsAt">The date through which the data is complete; counts for later years may lack actions not yet found.</param>
/// <param name="Years">One entry per year from the year of adoption to this year.</param>
/// <param name="UndatedActions">Actions with no known date: they count today but in no year.</param>
public sealed record TimelineContract(string Instrument, DateOnly CompleteAsAt, IReadOnlyList<TimelineYearContract> Years, IReadOnlyList<TimelineActionContract> UndatedActions);

/// <summary>One year of the timeline: the counts at its end (or on today, for the current year) and the actions in it.</summary>
/// <param name="Year">The year.</param>
/// <param name="AsOf">The date the counts are for: 31 December, or today for this year.</param>
/// <param name="Parties">Parties on <c>asOf</c> (participants whose consent is known to be dated by then).</param>
/// <param name="Signatories">Participants that had signed by <c>asOf</c>.</param>
/// <param name="Undetermined">Participants whose status on <c>asOf</c> depends on an action of unknown date or known only in part; not counted above.</param>
/// <param name="AfterCompleteData">True when <c>asOf</c> is after the date through which the data is complete, so that the counts may be low.</param>
/// <param name="Actions">The dated actions of the year (a month- or year-only date counts in its year).</param>
public sealed record TimelineYearContract(int Year, DateOnly AsOf, int Parties, int Signatories, int Undetermined, bool AfterCompleteData, IReadOnlyList<TimelineActionContract> Actions);

/// <summary>A signature or consent to be bound on the timeline.</summary>
/// <param name="State">The participant's code.</param>
/// <param name="Kind">The kind of action.</param>
/// <param name="Date">Its date as known, or null.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
public sealed record TimelineActionContract(string State, ActionKind Kind, string? Date, DatePrecision DatePrecision);

/// <summary>An instrument's counts at the end of each year, which the timeline, its chart and the instrument widget show.</summary>
internal static class Timeline
{
    public static TimelineContract Of(Instrument instrument, Catalog catalog, StatusService statuses)
    {
        var participants = catalog.Participants;
        var actions = catalog.ActionsOfInstrument(instrument.Id);
        var today = statuses.Today;
        var adopted = Dates.Day(instrument.Adopted)!.Value;
        var completeAsAt = Dates.Day(instrument.CompleteAsAt)!.Value;
        var byYear = actions
            .Select(a => (Row: a, Date: PartialDate.Parse(a.Date)))
            .Where(a => a.Date.Precision != DatePrecision.Unknown)
            .ToLookup(a => a.Date.Start!.Value.Year);

        var years = new List<TimelineYearContract>();
        for (var year = adopted.Year; year <= today.Year; year++)
        {
            var asOf = year == today.Year ? today : new DateOnly(year, 12, 31);
            var counts = StatusService.Count(statuses.StatusesOnly(instrument, participants, asOf));
            years.Add(new TimelineYearContract(
                year,
                asOf,
                counts.Parties,
                counts.Signatories,
                counts.Undetermined,
                asOf > completeAsAt,
                [.. byYear[year].OrderBy(a => a.Date.Start).ThenBy(a => a.Row.Participant, StringComparer.Ordinal).Select(a => ToTimelineAction(a.Row, a.Date))]));
        }

        var undated = actions
            .Where(a => a.Date is null)
            .OrderBy(a => a.Participant, StringComparer.Ordinal)
            .Select(a => ToTimelineAction(a, PartialDate.Unknown))
            .ToList();
        return new TimelineContract(instrument.Id, completeAsAt, years, undated);
    }

    private static TimelineActionContract ToTimelineAction(ActionDbRow row, PartialDate date) =>
        new(row.Participant, WireName.Parse<ActionKind>(row.Kind), date.ToIsoString(), date.Precision);
}
