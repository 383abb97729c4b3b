using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>How an action row of the instrument fares in the merge.</summary>
internal enum ChangeKind
{
    Added,
    Changed,
    Removed,
    Unchanged,

    /// <summary>A secondary or inferred row the file cannot speak for (dated after its as-at date, or undated).</summary>
    Kept,
}

/// <summary>How the importer prints one row of its diff, for actions and statements alike.</summary>
internal static class ChangeLine
{
    /// <summary>
    /// <c>+</c> added, <c>-</c> removed (with the basis of the row removed and why), <c>~</c> changed (with what
    /// changed), <c>=</c> kept (with its basis and why), and the unchanged row indented.
    /// </summary>
    public static string Of<T>(ChangeKind kind, T? before, T? after, Func<T, string> show, string? basis, string reason, Func<string> differences)
        where T : class => kind switch
    {
        ChangeKind.Added => $"+ {show(after!)}",
        ChangeKind.Removed => $"- {show(before!)} ({basis}): {reason}",
        ChangeKind.Changed => $"~ {show(after!)}: {differences()}",
        ChangeKind.Kept => $"= {show(before!)} ({basis}): {reason}",
        _ => $"  {show(before!)}",
    };
}

/// <summary>One line of the diff. <paramref name="Before"/> is null for an added row, <paramref name="After"/> for a removed one.</summary>
internal sealed record ActionChange(ChangeKind Kind, ActionRow? Before, ActionRow? After, string Reason)
{
    public ActionRow Row => After ?? Before!;

    public override string ToString() => ChangeLine.Of(Kind, Before, After, Describe, Before?.Basis, Reason, () => Differences(Before!, After!));

    /// <summary>The row in the diff: instrument, participant, kind and date.</summary>
    public static string Describe(ActionRow row) => $"{row.Instrument} {row.Participant} {row.Kind} {(row.Date.Length > 0 ? row.Date : "(undated)")}";

    private static string Differences(ActionRow before, ActionRow after) => string.Join("; ",
        new[]
        {
            (ActionRowMap.Reservations, before.Reservations, after.Reservations),
            (ActionRowMap.Basis, before.Basis, after.Basis),
            (ActionRowMap.Source, before.Source, after.Source),
            (ActionRowMap.Exception, before.Exception, after.Exception),
            (ActionRowMap.Notes, before.Notes, after.Notes),
        }
        .Where(d => !string.Equals(d.Item2, d.Item3, StringComparison.Ordinal))
        .Select(d => d.Item1 is ActionRowMap.Reservations or ActionRowMap.Basis ? $"{d.Item1} {Show(d.Item2)} -> {Show(d.Item3)}" : $"{d.Item1} '{d.Item2}' -> '{d.Item3}'"));

    private static string Show(string value) => value.Length > 0 ? value : "(empty)";
}

/// <summary>
/// Merges a depositary file's actions for one instrument into that instrument's rows. The file is complete
/// as at its date D: the instrument's depositary rows are replaced by the file's; a secondary or inferred
/// row stays when the file cannot speak for it (dated after D, or undated) unless the file now has the same
/// participant and kind, and goes when it is dated on or before D and the file lacks it. Rows that stay the
/// same keep their <c>notes</c> and <c>exception</c>.
/// </summary>
internal static class ActionMerger
{
    public const string Depositary = "depositary";

    /// <remarks>
    /// <para><c>existing</c>: The instrument's current rows.</para>
    /// <para><c>incoming</c>: The file's rows, already in the project's format (basis depositary, recorded today).</para>
    /// <para><c>asAt</c>: D; null when unknown (a dry run of an XML file without --as-at), which keeps every non-depositary row the file does not supersede.</para>
    /// </remarks>
    /// <returns>Every row of the instrument before and after, as changes, in the file's row order.</returns>
    public static List<ActionChange> Merge(IReadOnlyList<ActionRow> existing, IReadOnlyList<ActionRow> incoming, DateOnly? asAt)
    {
        ArgumentNullException.ThrowIfNull(existing);
        ArgumentNullException.ThrowIfNull(incoming);
        var changes = new List<ActionChange>();
        var byKey = existing.GroupBy(r => r.Key).ToDictionary(g => g.Key, g => g.First());
        var matched = new HashSet<ActionRow>(ReferenceEqualityComparer.Instance);

        foreach (var row in incoming)
        {
            if (byKey.TryGetValue(row.Key, out var before))
            {
                matched.Add(before);
                // A row that stays keeps what people added to it, and its recorded date unless it really changes.
                var after = row with { Notes = before.Notes, Exception = before.Exception };
                changes.Add(after with { Recorded = before.Recorded } == before
                    ? new ActionChange(ChangeKind.Unchanged, before, before, string.Empty)
                    : new ActionChange(ChangeKind.Changed, before, after, string.Empty));
            }
            else
            {
                changes.Add(new ActionChange(ChangeKind.Added, null, row, string.Empty));
            }
        }

        foreach (var before in existing.Where(r => !matched.Contains(r)))
        {
            changes.Add(Fate(before, incoming, asAt));
        }

        changes.Sort((a, b) => FileOrder(a.Row, b.Row));
        return changes;
    }

    private static ActionChange Fate(ActionRow before, IReadOnlyList<ActionRow> incoming, DateOnly? asAt)
    {
        if (before.Basis == Depositary)
        {
            return new ActionChange(ChangeKind.Removed, before, null, "not in the depositary file");
        }

        if (incoming.FirstOrDefault(r => r.Participant == before.Participant && SameKind(r.Kind, before.Kind)) is { } winner)
        {
            return new ActionChange(ChangeKind.Removed, before, null, $"superseded by the depositary's {winner.Kind} {(winner.Date.Length > 0 ? winner.Date : "(undated)")}");
        }

        var date = PartialDate.TryParse(before.Date, out var parsed) ? parsed : PartialDate.Unknown;
        if (asAt is { } d && date.IsOnOrBefore(d) == Certainty.Yes)
        {
            return new ActionChange(ChangeKind.Removed, before, null, $"dated on or before {IsoDate.Format(d)}, and the depositary's list complete at that date lacks it");
        }

        return new ActionChange(ChangeKind.Kept, before, before,
            date.Precision == DatePrecision.Unknown ? "undated; the file cannot speak for it" : asAt is null ? "the as-at date is unknown" : $"dated after {IsoDate.Format(asAt.Value)}");
    }

    /// <summary>The file's row order: instrument, participant, date, kind, as ordinal text.</summary>
    public static int FileOrder(ActionRow a, ActionRow b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = string.CompareOrdinal(a.Instrument, b.Instrument);
        order = order != 0 ? order : string.CompareOrdinal(a.Participant, b.Participant);
        order = order != 0 ? order : string.CompareOrdinal(a.Date, b.Date);
        return order != 0 ? order : string.CompareOrdinal(a.Kind, b.Kind);
    }

    // "consent" is a consent whose kind the source did not state, so any consent of the depositary's supersedes it.
    private static bool SameKind(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }

        var parsed = (WireName.TryParse<ActionKind>(a, out var x), WireName.TryParse<ActionKind>(b, out var y));
        return parsed == (true, true) && x.IsConsent() && y.IsConsent() && (x == ActionKind.Consent || y == ActionKind.Consent);
    }
}
