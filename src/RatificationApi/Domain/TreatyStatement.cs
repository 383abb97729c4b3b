namespace RatificationApi.Domain;

/// <summary>The kinds of statement recorded in <c>data/reservations.csv</c>.</summary>
public enum StatementKind
{
    Reservation,
    Declaration,

    /// <summary>One text under a heading that names both ("Reservation and declaration:"); the text is not split.</summary>
    ReservationAndDeclaration,

    /// <summary>Listed among the depositary's declarations and reservations under no heading that says which it is.</summary>
    Unclassified,

    /// <summary>An objection to another participant's reservation or declaration.</summary>
    Objection,

    /// <summary>A notification extending (or not extending) the instrument to territories.</summary>
    TerritorialApplication,
}

public static class StatementKinds
{
    private static readonly Dictionary<string, StatementKind> ByName = new(StringComparer.Ordinal)
    {
        ["reservation"] = StatementKind.Reservation,
        ["declaration"] = StatementKind.Declaration,
        ["reservation_and_declaration"] = StatementKind.ReservationAndDeclaration,
        ["unclassified"] = StatementKind.Unclassified,
        ["objection"] = StatementKind.Objection,
        ["territorial_application"] = StatementKind.TerritorialApplication,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out StatementKind kind) => ByName.TryGetValue(name ?? string.Empty, out kind);

    public static StatementKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new FormatException($"Unknown statement kind '{name}'.");

    public static string ToName(this StatementKind kind) => ByName.First(p => p.Value == kind).Key;
}

/// <summary>A reservation, declaration, objection or territorial application of one participant under one instrument.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Occasion">The action it was made upon (signature, ratification, …), where the source says; else null.</param>
/// <param name="Date">Its date where the source gives one (the date of a later communication); else unknown.</param>
public sealed record TreatyStatement(StatementKind Kind, ActionKind? Occasion, PartialDate Date);

/// <summary>Statements by kind, and the objections others made to the participant's statements.</summary>
public sealed record StatementCounts(
    int Reservations,
    int Declarations,
    int ReservationsAndDeclarations,
    int Unclassified,
    int Objections,
    int TerritorialApplications,
    int ObjectionsReceived)
{
    public static StatementCounts None { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public static StatementCounts Of(IEnumerable<TreatyStatement> own, int objectionsReceived)
    {
        ArgumentNullException.ThrowIfNull(own);
        var byKind = own.GroupBy(s => s.Kind).ToDictionary(g => g.Key, g => g.Count());
        int Count(StatementKind kind) => byKind.GetValueOrDefault(kind);
        return new StatementCounts(
            Count(StatementKind.Reservation),
            Count(StatementKind.Declaration),
            Count(StatementKind.ReservationAndDeclaration),
            Count(StatementKind.Unclassified),
            Count(StatementKind.Objection),
            Count(StatementKind.TerritorialApplication),
            objectionsReceived);
    }
}

/// <summary>When a statement counts on a date: the same rule the status fold applies to actions.</summary>
public static class StatementFold
{
    /// <summary>
    /// Whether the statement is known to have been made by <paramref name="asOf"/>. A dated statement counts
    /// from its date. An undated one made upon an action (its occasion) counts once that action of its author
    /// is known to have happened. Any other undated statement is in the data, so it counts today but not on an
    /// earlier date, as an undated action does.
    /// </summary>
    /// <param name="statement">The statement.</param>
    /// <param name="authorActions">The author's actions under the same instrument.</param>
    /// <param name="asOf">The date asked about.</param>
    /// <param name="today">The present.</param>
    public static bool IsMadeBy(TreatyStatement statement, IReadOnlyCollection<TreatyAction> authorActions, DateOnly asOf, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(authorActions);
        if (statement.Date.Precision != DatePrecision.Unknown)
        {
            return StatusFold.Happened(statement.Date, asOf, today) == Certainty.Yes;
        }

        var occasions = statement.Occasion is { } occasion ? authorActions.Where(a => a.Kind == occasion).ToList() : [];
        if (occasions.Count > 0)
        {
            return occasions.Exists(a => StatusFold.Happened(a.Date, asOf, today) == Certainty.Yes);
        }

        return StatusFold.Happened(PartialDate.Unknown, asOf, today) == Certainty.Yes;
    }
}
