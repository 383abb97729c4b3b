using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>One action the document records, with the participant mapped where possible.</summary>
/// <remarks>
/// <para><c>Column</c>: The header of the column the date was in; empty for a denunciation derived from brackets.</para>
/// <para><c>Kind</c>: The project's action kind; null when the legend's meaning has none.</para>
/// <para><c>Date</c>: The date; null for a denunciation whose date the document does not give in a cell.</para>
/// <para><c>Withdrawn</c>: Whether the participant has withdrawn (any of its dates is bracketed).</para>
/// <para><c>Reservations</c>: Whether the Declarations section records reservations or declarations with this action.</para>
/// </remarks>
internal sealed record ImportedAction(
    string Name,
    string? ParticipantId,
    string Column,
    ActionKind? Kind,
    DateOnly? Date,
    bool Withdrawn,
    IReadOnlyList<string> Footnotes,
    bool Reservations);

/// <summary>Turns the rows of a document into actions: one per dated cell, plus a denunciation for a withdrawal.</summary>
internal static class ImportedActions
{
    public static List<ImportedAction> From(MtdsgDocument document, ParticipantNameMapper mapper)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(mapper);
        var actions = new List<ImportedAction>();
        foreach (var row in document.Rows)
        {
            var id = mapper.Map(row.Name);
            var statements = document.Declarations
                .Where(d => string.Equals(ParticipantNameMapper.Key(d.Participant), ParticipantNameMapper.Key(row.Name), StringComparison.Ordinal)
                    || (id is not null && mapper.Map(d.Participant) == id))
                .ToList();
            foreach (var (cell, column) in row.Cells.Zip(document.Columns).Where(p => p.First is not null && p.Second.Role != ColumnRole.Other))
            {
                // The section's rule: statements were made upon consent unless a heading says "upon signature".
                var reservations = cell!.Kind == ActionKind.Signature ? statements.Any(s => s.MentionsSignature) : statements.Count > 0;
                actions.Add(new ImportedAction(row.Name, id, column.Header, cell.Kind, cell.Date, row.Withdrawn, row.Footnotes, reservations));
            }

            // Brackets undo a consent: the participant withdrew. Its date lives only in a footnote's prose,
            // so the denunciation is recorded undated rather than guessed.
            if (row.Cells.Any(c => c is { Bracketed: true, Kind: { } kind } && kind.IsConsent()))
            {
                actions.Add(new ImportedAction(row.Name, id, string.Empty, ActionKind.Denunciation, null, true, row.Footnotes, false));
            }
        }

        return actions;
    }

    /// <summary>Names of rows that map to no participant, in document order.</summary>
    public static List<string> Unmapped(MtdsgDocument document, ParticipantNameMapper mapper) =>
        [.. document.Rows.Select(r => r.Name).Where(n => mapper.Map(n) is null).Distinct(StringComparer.Ordinal)];
}
