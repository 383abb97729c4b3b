using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// The kind of a statement, read from the depositary's headings, never from the text: <c>reservation</c>,
/// <c>declaration</c>, <c>reservation_and_declaration</c> (one text under a heading naming both), <c>unclassified</c>
/// (listed among the declarations and reservations under no heading that says which), <c>objection</c> (to another
/// participant's reservation or declaration) or <c>territorial_application</c> (extending, or not, the instrument to territories).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StatementKind>))]
public enum StatementKind
{
    [JsonStringEnumMemberName("reservation")]
    Reservation,
    [JsonStringEnumMemberName("declaration")]
    Declaration,

    /// <summary>One text under a heading that names both ("Reservation and declaration:"); the text is not split.</summary>
    [JsonStringEnumMemberName("reservation_and_declaration")]
    ReservationAndDeclaration,

    /// <summary>Listed among the depositary's declarations and reservations under no heading that says which it is.</summary>
    [JsonStringEnumMemberName("unclassified")]
    Unclassified,

    /// <summary>An objection to another participant's reservation or declaration.</summary>
    [JsonStringEnumMemberName("objection")]
    Objection,

    /// <summary>A notification extending (or not extending) the instrument to territories.</summary>
    [JsonStringEnumMemberName("territorial_application")]
    TerritorialApplication,
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

    /// <summary>How many kinds of statement there are (the length of a by-kind count).</summary>
    public const int Kinds = 6;

    public static StatementCounts Of(IEnumerable<TreatyStatement> own, int objectionsReceived)
    {
        ArgumentNullException.ThrowIfNull(own);
        Span<int> byKind = stackalloc int[Kinds];
        foreach (var statement in own)
        {
            byKind[(int)statement.Kind]++;
        }

        return Of(byKind, objectionsReceived);
    }

    /// <summary>From counts by kind, indexed by <see cref="StatementKind"/>.</summary>
    public static StatementCounts Of(ReadOnlySpan<int> byKind, int objectionsReceived) => new(
        byKind[(int)StatementKind.Reservation],
        byKind[(int)StatementKind.Declaration],
        byKind[(int)StatementKind.ReservationAndDeclaration],
        byKind[(int)StatementKind.Unclassified],
        byKind[(int)StatementKind.Objection],
        byKind[(int)StatementKind.TerritorialApplication],
        objectionsReceived);
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

        if (statement.Occasion is { } occasion)
        {
            // Made upon an action: made by the date when one such action is known to have happened by then.
            var any = false;
            foreach (var action in authorActions)
            {
                if (action.Kind == occasion)
                {
                    if (StatusFold.Happened(action.Date, asOf, today) == Certainty.Yes)
                    {
                        return true;
                    }

                    any = true;
                }
            }

            if (any)
            {
                return false;
            }
        }

        return StatusFold.Happened(PartialDate.Unknown, asOf, today) == Certainty.Yes;
    }
}
