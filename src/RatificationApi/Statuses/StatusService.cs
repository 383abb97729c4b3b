using RatificationApi.Domain;

namespace RatificationApi.Statuses;

/// <summary>A participant's folded status under an instrument, with what the contract needs to show it.</summary>
internal sealed record ParticipantStatus(InstrumentDbRow Instrument, ParticipantDbRow Participant, StatusOnDate Status)
{
    public StatusContract ToContract() => new(
        Instrument.Id,
        Instrument.ShortName,
        Participant.Id,
        Participant.Name,
        StatusNames.Of(Status.Status),
        Status.Signature?.DateText,
        ToContract(Status.Consent),
        ToContract(Status.Withdrawal),
        Status.InForceFrom,
        Status.Reservations.ToName(),
        Status.Uncertain,
        [.. Status.Counted.Select(a => a.Source).Distinct(StringComparer.Ordinal)]);

    private static ActionContract? ToContract(TreatyAction? action) => action is null
        ? null
        : new ActionContract(action.Kind.ToName(), action.DateText, action.Date.Precision.ToName(), action.Basis);
}

internal static class StatusNames
{
    public static IReadOnlyList<string> All { get; } = ["party", "signatory", "none", "withdrawn"];

    public static string Of(TreatyStatus status) => status switch
    {
        TreatyStatus.Party => "party",
        TreatyStatus.Signatory => "signatory",
        TreatyStatus.None => "none",
        TreatyStatus.Withdrawn => "withdrawn",
        _ => status.ToString().ToLowerInvariant(),
    };
}

/// <summary>Folds the actions read from the database into statuses, for one instrument or one participant.</summary>
public sealed class StatusService(StatusQueries queries, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The status of every participant (of <paramref name="participants"/>) under an instrument.</summary>
    internal async Task<IReadOnlyList<ParticipantStatus>> ForInstrumentAsync(
        InstrumentDbRow instrument, IReadOnlyList<ParticipantDbRow> participants, DateOnly asOf, CancellationToken cancellationToken)
    {
        var snapshot = await queries.SnapshotAsync(cancellationToken);
        var actions = snapshot.TreatyActionsOfInstrument(instrument.Id);
        var rule = snapshot.RuleOf(instrument);
        var today = Today;
        var statuses = new ParticipantStatus[participants.Count];
        for (var index = 0; index < statuses.Length; index++)
        {
            var participant = participants[index];
            statuses[index] = new ParticipantStatus(instrument, participant, StatusFold.Fold(actions[participant.Id], rule, asOf, today));
        }

        return statuses;
    }

    /// <summary>The status of one participant under every instrument, in the instruments' order.</summary>
    internal async Task<IReadOnlyList<ParticipantStatus>> ForParticipantAsync(
        ParticipantDbRow participant, IReadOnlyList<InstrumentDbRow> instruments, DateOnly asOf, CancellationToken cancellationToken)
    {
        var snapshot = await queries.SnapshotAsync(cancellationToken);
        var actions = snapshot.TreatyActionsOfParticipant(participant.Id);
        var today = Today;
        return [.. instruments.Select(i => new ParticipantStatus(i, participant, StatusFold.Fold(actions[i.Id], snapshot.RuleOf(i), asOf, today)))];
    }

    internal static CountsContract Count(IEnumerable<ParticipantStatus> statuses)
    {
        int parties = 0, signatories = 0, signatoriesNotParties = 0, withdrawn = 0, undated = 0, partial = 0, members = 0, undetermined = 0;
        foreach (var s in statuses)
        {
            // A signature counted by the fold is known to precede the date, whatever else is uncertain.
            if (s.Status.Signature is not null)
            {
                signatories++;
            }

            if (s.Status.Uncertain)
            {
                undetermined++;
                continue;
            }

            switch (s.Status.Status)
            {
                case TreatyStatus.Party:
                    parties++;
                    members += s.Participant.UnStatus == "member" ? 1 : 0;
                    undated += s.Status.Consent!.Date.Precision == DatePrecision.Unknown ? 1 : 0;
                    partial += s.Status.Consent.Date.Precision is DatePrecision.Month or DatePrecision.Year ? 1 : 0;
                    break;
                case TreatyStatus.Signatory:
                    signatoriesNotParties++;
                    break;
                case TreatyStatus.Withdrawn:
                    withdrawn++;
                    break;
            }
        }

        return new CountsContract(parties, signatories, signatoriesNotParties, withdrawn, undated, partial, members, undetermined);
    }

    internal static EntryIntoForceRule RuleOf(InstrumentDbRow instrument)
    {
        DateOnly? general = instrument.EntryIntoForce is { } eif ? DateOnly.Parse(eif, System.Globalization.CultureInfo.InvariantCulture) : null;
        return EntryIntoForceRule.TryCreate(general, instrument.EifOffset, out var rule) ? rule : EntryIntoForceRule.Unknown;
    }
}
