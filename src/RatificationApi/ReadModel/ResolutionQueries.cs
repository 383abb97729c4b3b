using Dapper;
using RatificationApi.Database;

namespace RatificationApi.ReadModel;

internal sealed record ResolutionDbRow
{
    public string Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Adopted { get; init; } = "";
    public string Title { get; init; } = "";
    public string TitleLang { get; init; } = "";
    public string? TitleConfidence { get; init; }
    public string? Session { get; init; }
    public string? Meeting { get; init; }
    public string? AgendaItem { get; init; }
    public string? CommitteeReport { get; init; }
    public string? Distributed { get; init; }
    public string? Recalls { get; init; }
    public string Source { get; init; } = "";
    public string? Notes { get; init; }
}

internal sealed record ParagraphDbRow
{
    public long Paragraph { get; init; }
    public string Instrument { get; init; } = "";
    public string? Summary { get; init; }
    public string Source { get; init; } = "";
}

/// <summary>All SQL that reads General Assembly resolutions.</summary>
public sealed class ResolutionQueries(SqliteConnectionFactory connections)
{
    /// <summary>General Assembly resolution 63/194, the one the service is about: its adoption is the default start of an instrument's progress.</summary>
    public const string Resolution63194 = "A-RES-63-194";

    /// <summary>Finds a resolution by id (A-RES-63-194) or symbol (A/RES/63/194), in any case.</summary>
    internal async Task<ResolutionDbRow?> FindAsync(string key, string lang, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<ResolutionDbRow>(new CommandDefinition(
            """
            SELECT r.id AS Id, r.symbol AS Symbol, r.adopted AS Adopted,
                   COALESCE(t.title, en.title, r.symbol) AS Title,
                   CASE WHEN t.title IS NOT NULL THEN @Lang ELSE 'en' END AS TitleLang,
                   COALESCE(t.confidence, en.confidence) AS TitleConfidence,
                   r.session AS Session, r.meeting AS Meeting, r.agenda_item AS AgendaItem, r.committee_report AS CommitteeReport,
                   r.distributed AS Distributed, r.recalls AS Recalls, r.source AS Source, r.notes AS Notes
            FROM resolutions AS r
            LEFT JOIN titles AS t ON t.item = lower(replace(r.id, 'A-RES-', 'resolution-')) AND t.lang = @Lang
            LEFT JOIN titles AS en ON en.item = lower(replace(r.id, 'A-RES-', 'resolution-')) AND en.lang = 'en'
            WHERE r.id = upper(@Key) OR r.symbol = upper(@Key)
            """,
            new { Key = key, Lang = lang },
            cancellationToken: cancellationToken));
    }

    internal async Task<IReadOnlyList<ParagraphDbRow>> ParagraphsAsync(string resolution, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        var rows = await connection.QueryAsync<ParagraphDbRow>(new CommandDefinition(
            """
            SELECT p.paragraph AS Paragraph, p.instrument AS Instrument, p.summary AS Summary, p.source AS Source
            FROM resolution_paragraphs AS p
            JOIN instruments AS i ON i.id = p.instrument
            WHERE p.resolution = @Resolution
            ORDER BY p.paragraph, i.position
            """,
            new { Resolution = resolution },
            cancellationToken: cancellationToken));
        return [.. rows];
    }

    internal async Task<DateOnly?> AdoptedAsync(string resolution, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        var adopted = await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT adopted FROM resolutions WHERE id = @Resolution", new { Resolution = resolution }, cancellationToken: cancellationToken));
        return adopted is null ? null : DateOnly.ParseExact(adopted, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }
}
