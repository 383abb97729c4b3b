using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>One line of the statements diff. <paramref name="Before"/> is null for an added row, <paramref name="After"/> for a removed one.</summary>
internal sealed record StatementChange(ChangeKind Kind, ReservationRow? Before, ReservationRow? After, string Reason)
{
    private const int Snippet = 60;

    public ReservationRow Row => After ?? Before!;

    public override string ToString() => ChangeLine.Of(Kind, Before, After, Describe, Before?.Basis, Reason, () => Differences(Before!, After!));

    /// <summary>The row in the diff: who, what, upon what, when, against whom, and the start of the text.</summary>
    public static string Describe(ReservationRow row)
    {
        var text = row.Text.Replace('\n', ' ');
        var snippet = text.Length > Snippet ? text[..Snippet].TrimEnd() + "…" : text;
        return $"statement {row.Instrument} {row.Participant} {row.Kind}" +
            (row.Occasion.Length > 0 ? $" upon {row.Occasion}" : string.Empty) +
            (row.Date.Length > 0 ? $" {row.Date}" : string.Empty) +
            (row.Target.Length > 0 ? $" concerning {row.Target}" : string.Empty) +
            (snippet.Length > 0 ? $": \"{snippet}\"" : " (no text)");
    }

    private static string Differences(ReservationRow before, ReservationRow after) => string.Join("; ",
        new[]
        {
            (ReservationRowMap.Text, TextChange(before.Text, after.Text), string.Empty),
            (ReservationRowMap.Heading, before.Heading, after.Heading),
            (ReservationRowMap.Basis, before.Basis, after.Basis),
            (ReservationRowMap.Source, before.Source, after.Source),
            (ReservationRowMap.Notes, before.Notes, after.Notes),
        }
        .Where(d => !string.Equals(d.Item2, d.Item3, StringComparison.Ordinal))
        .Select(d => d.Item1 == ReservationRowMap.Text ? d.Item2 : $"{d.Item1} '{d.Item2}' -> '{d.Item3}'"));

    // Rows match only when their texts differ in typography alone, so the first difference is enough to see which kind.
    private static string TextChange(string before, string after)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var start = 0;
        while (start < before.Length && start < after.Length && before[start] == after[start])
        {
            start++;
        }

        string Around(string text) => text.Substring(start, Math.Min(TextContext, text.Length - start)).Replace('\n', ' ');
        return $"text retyped (typography only), first at character {start + 1}: '{Around(before)}' -> '{Around(after)}'";
    }

    private const int TextContext = 12;
}

/// <summary>
/// Merges a depositary file's statements for one instrument into that instrument's rows of <c>reservations.csv</c>, as
/// <see cref="ActionMerger"/> does for actions: the file's list replaces the instrument's depositary rows; a secondary or
/// inferred row stays unless the file now has a statement of the same participant and kind. A row that stays the same
/// keeps its <c>recorded</c> date.
/// </summary>
internal static class StatementMerger
{
    /// <returns>Every row of the instrument before and after, as changes: the file's rows in its order, then the rows it does not have.</returns>
    public static List<StatementChange> Merge(IReadOnlyList<ReservationRow> existing, IReadOnlyList<ReservationRow> incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var changes = new List<StatementChange>();
        var depositary = existing.Where(r => r.Basis == ActionMerger.Depositary).GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var matched = new HashSet<ReservationRow>(ReferenceEqualityComparer.Instance);

        foreach (var row in incoming)
        {
            if (depositary.TryGetValue(Key(row), out var before) && matched.Add(before))
            {
                changes.Add(row with { Recorded = before.Recorded } == before
                    ? new StatementChange(ChangeKind.Unchanged, before, before, string.Empty)
                    : new StatementChange(ChangeKind.Changed, before, row, string.Empty));
            }
            else
            {
                changes.Add(new StatementChange(ChangeKind.Added, null, row, string.Empty));
            }
        }

        foreach (var before in existing.Where(r => !matched.Contains(r)))
        {
            changes.Add(Fate(before, incoming));
        }

        return changes;
    }

    /// <summary>
    /// What makes the statement itself: a change to any of these is a different statement, except a change of the text's
    /// typography alone (quotes, dashes, an ellipsis, whitespace), which is the same statement retyped.
    /// </summary>
    public static (string, string, string, string, string, string) Key(ReservationRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return (row.Participant, row.Kind, row.Occasion, row.Date, row.Target, MtdsgText.TypographyKey(row.Text));
    }

    private static StatementChange Fate(ReservationRow before, IReadOnlyList<ReservationRow> incoming)
    {
        if (before.Basis == ActionMerger.Depositary)
        {
            return new StatementChange(ChangeKind.Removed, before, null, "not in the depositary file");
        }

        return incoming.Any(r => r.Participant == before.Participant && r.Kind == before.Kind)
            ? new StatementChange(ChangeKind.Removed, before, null, $"superseded by the depositary's {before.Kind} of {before.Participant}")
            : new StatementChange(ChangeKind.Kept, before, before, "the file has no statement of this participant and kind");
    }
}
