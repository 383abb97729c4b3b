using System.Text.RegularExpressions;
using RatificationApi.Domain;

namespace RatificationApi.Importer;

/// <summary>
/// Reads a column header such as <c>Ratification, Acceptance(A), Approval(AA), Accession(a)</c> into its
/// marker→meaning map. Markers are case-sensitive and their meaning depends on the column: <c>d</c> is a
/// succession in a consent column but a succession to signature in a Signature column (FORMAT.md §4.4).
/// </summary>
internal static partial class ColumnLegend
{
    // Meanings the depositary uses, normalised to lower case, and the project's kind for each. A meaning
    // missing here gets no kind: its cells are reported, never guessed.
    private static readonly Dictionary<string, ActionKind> Kinds = new(StringComparer.Ordinal)
    {
        ["signature"] = ActionKind.Signature,
        ["succession to signature"] = ActionKind.Signature,
        ["signature ad referendum"] = ActionKind.Signature,
        ["ratification"] = ActionKind.Ratification,
        ["accession"] = ActionKind.Accession,
        ["succession"] = ActionKind.Succession,
        ["acceptance"] = ActionKind.Acceptance,
        ["approval"] = ActionKind.Approval,
        ["formal confirmation"] = ActionKind.FormalConfirmation,
        ["definitive signature"] = ActionKind.Consent,
        ["consent to be bound"] = ActionKind.Consent,
        ["participation"] = ActionKind.Consent,
    };

    /// <summary>Reads the legend of one date column from its header text (markup already removed).</summary>
    public static ParticipantColumn Read(int index, string header)
    {
        var items = new List<LegendItem>();
        foreach (var part in header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = MarkedItem().Match(part);
            var (meaning, marker) = match.Success ? (match.Groups["meaning"].Value.Trim(), match.Groups["marker"].Value) : (part, string.Empty);

            // A legend defines each marker once; a repeated one (or a second unmarked item) keeps its first meaning.
            if (items.All(i => !string.Equals(i.Marker, marker, StringComparison.Ordinal)))
            {
                items.Add(new LegendItem(marker, meaning, KindOf(meaning)));
            }
        }

        return new ParticipantColumn(index, header, items, RoleOf(items));
    }

    /// <summary>The project's kind for a legend meaning, or null when it has none.</summary>
    public static ActionKind? KindOf(string meaning) =>
        Kinds.TryGetValue(MtdsgText.CollapseWhitespace(meaning).ToLowerInvariant(), out var kind) ? kind : null;

    // A column that defines any consent is a consent column; one that defines only signatures is the
    // Signature column; anything else (provisional application, notifications) counts for neither.
    private static ColumnRole RoleOf(List<LegendItem> items)
    {
        if (items.Any(i => i.Kind is { } kind && kind.IsConsent()))
        {
            return ColumnRole.Consent;
        }

        return items.Any(i => i.Kind == ActionKind.Signature) ? ColumnRole.Signature : ColumnRole.Other;
    }

    [GeneratedRegex(@"^(?<meaning>.+?)\s*\(\s*(?<marker>[A-Za-z]{1,3})\s*\)$")]
    private static partial Regex MarkedItem();
}
