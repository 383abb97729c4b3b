using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// A participant's standing under one instrument on one date: <c>party</c> (consent to be bound deposited and not
/// withdrawn), <c>signatory</c> (signed, no consent deposited), <c>none</c> (neither) or <c>withdrawn</c> (was a party,
/// then denounced or withdrew).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TreatyStatus>))]
public enum TreatyStatus
{
    /// <summary>No signature and no consent to be bound.</summary>
    [JsonStringEnumMemberName("none")]
    None,

    /// <summary>Signed, but no consent to be bound deposited.</summary>
    [JsonStringEnumMemberName("signatory")]
    Signatory,

    /// <summary>Consent to be bound deposited and not withdrawn.</summary>
    [JsonStringEnumMemberName("party")]
    Party,

    /// <summary>Was a party, then denounced or withdrew.</summary>
    [JsonStringEnumMemberName("withdrawn")]
    Withdrawn,
}

/// <summary>The result of folding a participant's actions up to a date.</summary>
/// <param name="Status">The status the actions known to have happened give.</param>
/// <param name="Signature">The signature, if any.</param>
/// <param name="Consent">The consent to be bound now in effect, if any.</param>
/// <param name="Withdrawal">The denunciation that ended the last consent, if the participant has withdrawn.</param>
/// <param name="InForceFrom">When the instrument entered into force for a party, where the rule and the date allow.</param>
/// <param name="Reservations">Whether reservations or declarations are recorded.</param>
/// <param name="Counted">The actions known to have happened by the date.</param>
/// <param name="Uncertain">
/// True when an action whose date is unknown, or known only to the month or year, may or may not have
/// happened by the date asked for. The status then counts only the actions known to have happened.
/// </param>
public sealed record StatusOnDate(
    TreatyStatus Status,
    TreatyAction? Signature,
    TreatyAction? Consent,
    TreatyAction? Withdrawal,
    DateOnly? InForceFrom,
    Recorded Reservations,
    bool Uncertain,
    IReadOnlyList<TreatyAction> Counted);

/// <summary>
/// The heart of the service: a status is not stored, it is a fold over dated actions. Pure, so that the
/// status on any past date is the same computation as today's.
/// </summary>
public static class StatusFold
{
    private static readonly StatusOnDate NoActions = new(TreatyStatus.None, null, null, null, null, Recorded.Unknown, false, []);

    /// <param name="actions">One participant's actions under one instrument, in any order.</param>
    /// <param name="rule">The instrument's entry-into-force rule.</param>
    /// <param name="asOf">The date to report the status for.</param>
    /// <param name="today">
    /// The present. An undated action is in the data, so it happened by today; for any earlier date it
    /// may or may not have.
    /// </param>
    public static StatusOnDate Fold(IEnumerable<TreatyAction> actions, EntryIntoForceRule rule, DateOnly asOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(rule);
        if (actions is ICollection<TreatyAction> { Count: 0 })
        {
            // Most participants never acted under a given instrument: one shared answer, nothing to allocate.
            return NoActions;
        }

        var status = TreatyStatus.None;
        TreatyAction? signature = null, consent = null, withdrawal = null;
        var uncertain = false;
        var ordered = InFoldOrder(actions);
        var all = true;

        // By index: a foreach over the list's interface would allocate an enumerator for every fold.
        for (var i = 0; i < ordered.Count; i++)
        {
            var action = ordered[i];
            var happened = Happened(action.Date, asOf, today);
            if (happened == Certainty.Maybe)
            {
                uncertain = true;
            }

            if (happened != Certainty.Yes)
            {
                all = false;
                continue;
            }

            switch (action.Kind)
            {
                case ActionKind.Signature:
                    signature = action;
                    if (status == TreatyStatus.None)
                    {
                        status = TreatyStatus.Signatory;
                    }

                    break;
                case ActionKind.Denunciation:
                    if (status == TreatyStatus.Party)
                    {
                        status = TreatyStatus.Withdrawn;
                        withdrawal = action;
                    }

                    break;
                default:
                    status = TreatyStatus.Party;
                    consent = action;
                    withdrawal = null;
                    break;
            }
        }

        var inForceFrom = status == TreatyStatus.Party && consent!.Kind != ActionKind.Succession
            ? rule.InForceFrom(consent.Date)
            : null;

        // Usually every action has happened by the date: the history itself is the list of those counted.
        var counted = all ? ordered : Happened(ordered, asOf, today);
        return new StatusOnDate(status, signature, consent, withdrawal, inForceFrom, ReservationsOf(status, signature, consent, counted), uncertain, counted);
    }

    /// <summary>
    /// Whether something the data holds with <paramref name="date"/> happened by <paramref name="asOf"/>: an undated
    /// fact is in the data, so it happened by today; for any earlier date it may or may not have.
    /// </summary>
    public static Certainty Happened(PartialDate date, DateOnly asOf, DateOnly today) =>
        date.Precision == DatePrecision.Unknown
            ? (asOf >= today ? Certainty.Yes : Certainty.Maybe)
            : date.IsOnOrBefore(asOf);

    private static TreatyAction[] Happened(IReadOnlyList<TreatyAction> actions, DateOnly asOf, DateOnly today)
    {
        var count = 0;
        for (var i = 0; i < actions.Count; i++)
        {
            count += Happened(actions[i].Date, asOf, today) == Certainty.Yes ? 1 : 0;
        }

        var happened = new TreatyAction[count];
        for (int i = 0, j = 0; i < actions.Count; i++)
        {
            if (Happened(actions[i].Date, asOf, today) == Certainty.Yes)
            {
                happened[j++] = actions[i];
            }
        }

        return happened;
    }

    private static Recorded ReservationsOf(TreatyStatus status, TreatyAction? signature, TreatyAction? consent, IReadOnlyList<TreatyAction> counted)
    {
        for (var i = 0; i < counted.Count; i++)
        {
            if (counted[i].Reservations == Recorded.Yes)
            {
                return Recorded.Yes;
            }
        }

        var decisive = status == TreatyStatus.Party ? consent : signature;
        return decisive?.Reservations ?? Recorded.Unknown;
    }

    // By date (undated last), then by kind. Most histories are recorded in that order already; those are folded as
    // they are, without the allocations of a sort (the order a stable sort would give them anyway).
    private static IReadOnlyList<TreatyAction> InFoldOrder(IEnumerable<TreatyAction> actions)
    {
        if (actions is IReadOnlyList<TreatyAction> list)
        {
            var sorted = true;
            for (var i = 1; i < list.Count && sorted; i++)
            {
                var (before, after) = (list[i - 1].Date.Start ?? DateOnly.MaxValue, list[i].Date.Start ?? DateOnly.MaxValue);
                sorted = before < after || (before == after && Order(list[i - 1].Kind) <= Order(list[i].Kind));
            }

            if (sorted)
            {
                return list;
            }
        }

        return [.. actions.OrderBy(a => a.Date.Start ?? DateOnly.MaxValue).ThenBy(a => Order(a.Kind))];
    }

    // Same-day actions: a signature comes before a consent of that day, and a denunciation after it.
    private static int Order(ActionKind kind) => kind switch
    {
        ActionKind.Signature => 0,
        ActionKind.Denunciation => 2,
        _ => 1,
    };
}
