using RatificationApi.Domain;

namespace RatificationApi.Instruments;

/// <summary>The participants that became parties between two dates.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="From">Parties on this date are not listed (by default the adoption of resolution 63/194, 2008-12-18).</param>
/// <param name="To">Parties on this date that were not parties on <c>from</c> are listed (by default today).</param>
/// <param name="Description">What the list counts.</param>
/// <param name="Count">The number of items.</param>
/// <param name="Items">Participants that were not parties on <c>from</c> and are parties on <c>to</c>, in the order they joined.</param>
/// <param name="Undetermined">Participants that are parties on <c>to</c> but whose consent's date is unknown or known only in part, so that it cannot be told whether they joined in the window.</param>
public sealed record ProgressContract(
    string Instrument, DateOnly From, DateOnly To, string Description, int Count, IReadOnlyList<JoinedContract> Items, IReadOnlyList<JoinedContract> Undetermined);

/// <summary>A participant that became a party in the window, and the act by which it did.</summary>
/// <param name="State">The participant's code.</param>
/// <param name="Name">Its name in the language asked for.</param>
/// <param name="UnMember">Whether it is a UN Member State.</param>
/// <param name="Kind">The kind of act: ratification, accession, succession, acceptance, approval, formal_confirmation or consent (kind not stated).</param>
/// <param name="Date">Its date: YYYY-MM-DD, YYYY-MM or YYYY as known; null when unknown.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="Basis"><c>depositary</c>, <c>secondary</c> or <c>inferred</c>.</param>
public sealed record JoinedContract(string State, string Name, bool UnMember, ActionKind Kind, string? Date, DatePrecision DatePrecision, Basis Basis);
