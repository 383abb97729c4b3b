using Dapper;
using RatificationApi.Database;

namespace RatificationApi.Statuses;

/// <summary>All SQL that reads statements (reservations, declarations, objections, territorial applications). Rows come in file order.</summary>
public sealed class StatementQueries(SqliteConnectionFactory connections)
{
    private const string Columns = """
        r.id AS Id, r.instrument AS Instrument, r.participant AS Participant, r.kind AS Kind, r.occasion AS Occasion,
        r.date AS Date, r.date_precision AS DatePrecision, r.target AS Target, r.heading AS Heading, r.text AS Text,
        r.basis AS Basis, r.source AS Source, r.notes AS Notes
        FROM reservations AS r
        """;

    /// <summary>Every statement under an instrument, by any participant.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> OfInstrumentAsync(string instrument, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        var rows = await connection.QueryAsync<StatementDbRow>(new CommandDefinition(
            $"SELECT {Columns} WHERE r.instrument = @Instrument ORDER BY r.id", new { Instrument = instrument }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>Every statement a participant made, under any instrument.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> ByParticipantAsync(string participant, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        var rows = await connection.QueryAsync<StatementDbRow>(new CommandDefinition(
            $"SELECT {Columns} WHERE r.participant = @Participant ORDER BY r.id", new { Participant = participant }, cancellationToken: cancellationToken));
        return [.. rows];
    }

    /// <summary>Every objection others made to a participant's statements, under any instrument.</summary>
    internal async Task<IReadOnlyList<StatementDbRow>> ObjectionsToAsync(string participant, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        var rows = await connection.QueryAsync<StatementDbRow>(new CommandDefinition(
            $"SELECT {Columns} WHERE r.target = @Participant AND r.kind = 'objection' ORDER BY r.id", new { Participant = participant }, cancellationToken: cancellationToken));
        return [.. rows];
    }
}
