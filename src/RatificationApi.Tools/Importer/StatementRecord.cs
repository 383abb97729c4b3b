using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>One row of <c>reservations.csv</c>, by column name, so that the file's column order is its own business.</summary>
internal sealed record StatementRecord(
    string Instrument,
    string Participant,
    string Kind,
    string Occasion,
    string Date,
    string Target,
    string Heading,
    string Text,
    string Basis,
    string Recorded,
    string Source,
    string Notes)
{
    private const int Snippet = 60;

    /// <summary>
    /// What makes the statement itself: a change to any of these is a different statement, except a change of the text's
    /// typography alone (quotes, dashes, an ellipsis, whitespace), which is the same statement retyped.
    /// </summary>
    public (string, string, string, string, string, string) Key => (Participant, Kind, Occasion, Date, Target, MtdsgText.TypographyKey(Text));

    /// <summary>Whether a header holds exactly the known columns, in any order.</summary>
    public static bool Fits(IReadOnlyList<string> header) =>
        header.Count == DataSetLoader.ReservationColumns.Count && DataSetLoader.ReservationColumns.All(c => header.Contains(c, StringComparer.Ordinal));

    public static StatementRecord FromCells(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(cells);
        string Cell(string column) => cells[header.ToList().IndexOf(column)];
        return new(Cell("instrument"), Cell("participant"), Cell("kind"), Cell("occasion"), Cell("date"), Cell("target"), Cell("heading"),
            Cell("text"), Cell("basis"), Cell("recorded"), Cell("source"), Cell("notes"));
    }

    /// <summary>The cells in the order of <paramref name="header"/>.</summary>
    public string[] ToCells(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return [.. header.Select(column => column switch
        {
            "instrument" => Instrument,
            "participant" => Participant,
            "kind" => Kind,
            "occasion" => Occasion,
            "date" => Date,
            "target" => Target,
            "heading" => Heading,
            "text" => Text,
            "basis" => Basis,
            "recorded" => Recorded,
            "source" => Source,
            "notes" => Notes,
            _ => throw new ArgumentException($"reservations.csv has the column '{column}', which the importer does not know.", nameof(header)),
        })];
    }

    /// <summary>One line for the diff: who, what, upon what, when, against whom, and the start of the text.</summary>
    public override string ToString()
    {
        var text = Text.Replace('\n', ' ');
        var snippet = text.Length > Snippet ? text[..Snippet].TrimEnd() + "…" : text;
        return $"statement {Instrument} {Participant} {Kind}" +
            (Occasion.Length > 0 ? $" upon {Occasion}" : string.Empty) +
            (Date.Length > 0 ? $" {Date}" : string.Empty) +
            (Target.Length > 0 ? $" concerning {Target}" : string.Empty) +
            (snippet.Length > 0 ? $": \"{snippet}\"" : " (no text)");
    }
}

/// <summary>One line of the statements diff. <paramref name="Before"/> is null for an added row, <paramref name="After"/> for a removed one.</summary>
internal sealed record StatementChange(ChangeKind Kind, StatementRecord? Before, StatementRecord? After, string Reason)
{
    public StatementRecord Row => After ?? Before!;

    public override string ToString() => ChangeLine.Of(Kind, Before, After, Before?.Basis, Reason, () => Differences(Before!, After!));

    private static string Differences(StatementRecord before, StatementRecord after) => string.Join("; ",
        new[]
        {
            ("text", TextChange(before.Text, after.Text), string.Empty),
            ("heading", before.Heading, after.Heading),
            ("basis", before.Basis, after.Basis),
            ("source", before.Source, after.Source),
            ("notes", before.Notes, after.Notes),
        }
        .Where(d => !string.Equals(d.Item2, d.Item3, StringComparison.Ordinal))
        .Select(d => d.Item1 == "text" ? d.Item2 : $"{d.Item1} '{d.Item2}' -> '{d.Item3}'"));

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
    public static List<StatementChange> Merge(IReadOnlyList<StatementRecord> existing, IReadOnlyList<StatementRecord> incoming)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var changes = new List<StatementChange>();
        var depositary = existing.Where(r => r.Basis == ActionMerger.Depositary).GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        var matched = new HashSet<StatementRecord>(ReferenceEqualityComparer.Instance);

        foreach (var row in incoming)
        {
            if (depositary.TryGetValue(row.Key, out var before) && matched.Add(before))
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

    private static StatementChange Fate(StatementRecord before, IReadOnlyList<StatementRecord> incoming)
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
