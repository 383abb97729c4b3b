namespace RatificationApi.Statuses;

/// <summary>
/// Statements (reservations, declarations, objections, territorial applications), read from the in-memory snapshot
/// of the built database (see <see cref="StatusQueries.SnapshotAsync"/>): they are folded into every status, so a
/// query per request would cost more than the fold. Rows come in file order.
/// </summary>
public sealed class StatementQueries(StatusQueries queries)
{
    /// <summary>Every statement under an instrument, by any participant.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> OfInstrumentAsync(string instrument, CancellationToken cancellationToken) =>
        (await queries.SnapshotAsync(cancellationToken)).StatementsOfInstrument(instrument);

    /// <summary>Every statement a participant made, under any instrument.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> ByParticipantAsync(string participant, CancellationToken cancellationToken) =>
        (await queries.SnapshotAsync(cancellationToken)).StatementsByParticipant(participant);

    /// <summary>Every objection others made to a participant's statements, under any instrument.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> ObjectionsToAsync(string participant, CancellationToken cancellationToken) =>
        (await queries.SnapshotAsync(cancellationToken)).ObjectionsTo(participant);
}
