using RatificationApi.Domain;

namespace RatificationApi.ReadModel;

/// <summary>A participant's folded status under an instrument, with what the contract needs to show it.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Participant">The participant.</param>
/// <param name="Status">The fold of its actions on the date.</param>
/// <param name="Statements">
/// Its statements, and the objections to them, known to have been made by the date; null where they were not
/// counted (<see cref="StatusService.StatusesOnly"/>), and then it cannot be shown as a status object.
/// </param>
internal sealed record ParticipantStatus(Instrument Instrument, Participant Participant, StatusOnDate Status, StatementCounts? Statements)
{
    /// <summary>The status object, naming the participant in <paramref name="lang"/>.</summary>
    public StatusContract ToContract(string lang) => new(
        Instrument.Id,
        Instrument.ShortName,
        Participant.Id,
        Participant.Names[lang].Name,
        Status.Status,
        Status.Signature?.DateText,
        ToContract(Status.Consent),
        ToContract(Status.Withdrawal),
        Status.InForceFrom,
        Status.Reservations,
        ToContract(Statements ?? throw new InvalidOperationException("A status folded without its statements cannot be shown as a status object.")),
        Status.Uncertain,
        SourcesOf(Status.Counted));

    // Each source once, in the order of the actions; a history has a handful, so a list beats a set (this runs for
    // every status object of every answer). No action, no list: most statuses on early dates have none.
    private static IReadOnlyList<string> SourcesOf(IReadOnlyList<TreatyAction> counted)
    {
        if (counted.Count == 0)
        {
            return Array.Empty<string>();
        }

        var sources = new List<string>(counted.Count);
        for (var i = 0; i < counted.Count; i++)
        {
            if (!sources.Contains(counted[i].Source))
            {
                sources.Add(counted[i].Source);
            }
        }

        return sources;
    }

    // One object for every status without statements, the most common case, instead of a new one each time.
    private static readonly StatementCountsContract NoStatements = new(0, 0, 0, 0, 0, 0, 0);

    private static StatementCountsContract ToContract(StatementCounts s) => ReferenceEquals(s, StatementCounts.None)
        ? NoStatements
        : new(s.Reservations, s.Declarations, s.ReservationsAndDeclarations, s.Unclassified, s.Objections, s.TerritorialApplications, s.ObjectionsReceived);

    private static ActionContract? ToContract(TreatyAction? action) => action is null
        ? null
        : new ActionContract(action.Kind, action.DateText, action.Date.Precision, action.Basis);
}

/// <summary>A participant's status under an instrument with the rows behind it.</summary>
/// <param name="Status">The folded status.</param>
/// <param name="Actions">Its actions known to have happened by the date.</param>
/// <param name="Statements">Its statements known to have been made by the date.</param>
/// <param name="ObjectionsReceived">Others' objections to its statements known to have been made by the date.</param>
internal sealed record ParticipantRecord(
    ParticipantStatus Status, IReadOnlyList<ActionDbRow> Actions, IReadOnlyList<StatementDbRow> Statements, IReadOnlyList<StatementDbRow> ObjectionsReceived);

/// <summary>Folds the actions read from the database into statuses, for one instrument or one participant.</summary>
public sealed class StatusService(Catalog catalog, TimeProvider time)
{
    public DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    /// <summary>The status of every participant (of <paramref name="participants"/>) under an instrument.</summary>
    internal IReadOnlyList<ParticipantStatus> ForInstrument(Instrument instrument, IReadOnlyList<Participant> participants, DateOnly asOf) =>
        ForInstrument(instrument, participants, asOf, countStatements: true);

    /// <summary>
    /// The status of every participant under an instrument without counting statements (<c>Statements</c> is null):
    /// for counts, gaps and charts, which never show them, at a fraction of the work and memory.
    /// </summary>
    internal IReadOnlyList<ParticipantStatus> StatusesOnly(Instrument instrument, IReadOnlyList<Participant> participants, DateOnly asOf) =>
        ForInstrument(instrument, participants, asOf, countStatements: false);

    private ParticipantStatus[] ForInstrument(
        Instrument instrument, IReadOnlyList<Participant> participants, DateOnly asOf, bool countStatements)
    {
        // Everything comes from the read model loaded at start-up, already parsed and indexed.
        var snapshot = catalog.Snapshot;
        var histories = snapshot.HistoriesOf(instrument);
        var rule = snapshot.RuleOf(instrument);
        var today = Today;
        var result = new ParticipantStatus[participants.Count];
        for (var index = 0; index < result.Length; index++)
        {
            var p = participants[index];
            var history = histories[snapshot.IndexOf(p)];
            result[index] = new ParticipantStatus(
                instrument,
                p,
                StatusFold.Fold(history.Actions, rule, asOf, today),
                countStatements ? CountStatements(history, asOf, today) : null);
        }

        return result;
    }

    /// <summary>The status of one participant under every instrument, in the instruments' order.</summary>
    internal ParticipantStatus[] ForParticipant(
        Participant participant, IReadOnlyList<Instrument> instruments, DateOnly asOf)
    {
        var snapshot = catalog.Snapshot;
        var column = snapshot.IndexOf(participant);
        var today = Today;
        var result = new ParticipantStatus[instruments.Count];
        for (var index = 0; index < result.Length; index++)
        {
            var i = instruments[index];
            var history = snapshot.HistoriesOf(i)[column];
            result[index] = new ParticipantStatus(
                i,
                participant,
                StatusFold.Fold(history.Actions, snapshot.RuleOf(i), asOf, today),
                CountStatements(history, asOf, today));
        }

        return result;
    }

    /// <summary>
    /// One participant's whole record under an instrument on <paramref name="asOf"/>: its status, and the actions, statements
    /// and objections to its statements known to have happened by then (all of them on today), each list in the data's order.
    /// The status's statement counts are the lengths of these lists, by kind.
    /// </summary>
    internal ParticipantRecord Record(Instrument instrument, Participant participant, DateOnly asOf)
    {
        // Actions and statements as the snapshot holds them, parsed once.
        var snapshot = catalog.Snapshot;
        var history = snapshot.HistoriesOf(instrument)[snapshot.IndexOf(participant)];
        var today = Today;
        var own = history.Statements.Where(s => s.IsMadeBy(asOf, today)).ToList();
        var received = history.ObjectionsReceived.Where(s => s.IsMadeBy(asOf, today)).Select(s => s.Row).ToList();
        var records = history.Records
            .Where(r => StatusFold.Happened(PartialDate.Parse(r.Date), asOf, today) == Certainty.Yes)
            .ToList();
        var status = new ParticipantStatus(
            instrument,
            participant,
            StatusFold.Fold(history.Actions, snapshot.RuleOf(instrument), asOf, today),
            StatementCounts.Of([.. own.Select(s => s.Parsed)], received.Count));
        return new ParticipantRecord(status, records, [.. own.Select(s => s.Row)], received);
    }

    /// <summary>A participant's statements, and others' objections to them, that are known to have been made by <paramref name="asOf"/>.</summary>
    private static StatementCounts CountStatements(History history, DateOnly asOf, DateOnly today)
    {
        // Runs for every participant of every status answer: counts in place, allocating only the result.
        Span<int> byKind = stackalloc int[StatementCounts.Kinds];
        var any = false;
        foreach (var statement in history.Statements)
        {
            if (statement.IsMadeBy(asOf, today))
            {
                byKind[(int)statement.Parsed.Kind]++;
                any = true;
            }
        }

        // The snapshot indexes only objections by the participant they concern.
        var objectionsReceived = 0;
        foreach (var objection in history.ObjectionsReceived)
        {
            if (objection.IsMadeBy(asOf, today))
            {
                objectionsReceived++;
            }
        }

        return any || objectionsReceived > 0 ? StatementCounts.Of(byKind, objectionsReceived) : StatementCounts.None;
    }

    internal static CountsContract Count(IEnumerable<ParticipantStatus> statuses)
    {
        var c = StatusCounts.Of(statuses.Select(s => (s.Status, s.Participant.IsUnMember)));
        return new CountsContract(c.Parties, c.Signatories, c.SignatoriesNotParties, c.Withdrawn, c.PartiesUndated, c.PartiesDatedToMonthOrYear, c.UnMemberParties, c.Undetermined);
    }
}
