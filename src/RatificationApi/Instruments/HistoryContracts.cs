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

/// <param name="State">The participant's code.</param>
/// <param name="Name">Its name in the language asked for.</param>
/// <param name="UnMember">Whether it is a UN Member State.</param>
/// <param name="Kind">The kind of act: ratification, accession, succession, acceptance, approval, formal_confirmation or consent (kind not stated).</param>
/// <param name="Date">Its date: YYYY-MM-DD, YYYY-MM or YYYY as known; null when unknown.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="Basis"><c>depositary</c>, <c>secondary</c> or <c>inferred</c>.</param>
public sealed record JoinedContract(string State, string Name, bool UnMember, string Kind, string? Date, string DatePrecision, string Basis);

/// <summary>Parties and signatories at the end of each year, and the actions of each year.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="CompleteAsAt">The date through which the data is complete; counts for later years may lack actions not yet found.</param>
/// <param name="Years">One entry per year from the year of adoption to this year.</param>
/// <param name="UndatedActions">Actions with no known date: they count today but in no year.</param>
public sealed record TimelineContract(string Instrument, DateOnly CompleteAsAt, IReadOnlyList<TimelineYearContract> Years, IReadOnlyList<TimelineActionContract> UndatedActions);

/// <param name="Year">The year.</param>
/// <param name="AsOf">The date the counts are for: 31 December, or today for this year.</param>
/// <param name="Parties">Parties on <c>asOf</c> (participants whose consent is known to be dated by then).</param>
/// <param name="Signatories">Participants that had signed by <c>asOf</c>.</param>
/// <param name="Undetermined">Participants whose status on <c>asOf</c> depends on an action of unknown date or known only in part; not counted above.</param>
/// <param name="AfterCompleteData">True when <c>asOf</c> is after the date through which the data is complete, so that the counts may be low.</param>
/// <param name="Actions">The dated actions of the year (a month- or year-only date counts in its year).</param>
public sealed record TimelineYearContract(int Year, DateOnly AsOf, int Parties, int Signatories, int Undetermined, bool AfterCompleteData, IReadOnlyList<TimelineActionContract> Actions);

/// <param name="State">The participant's code.</param>
/// <param name="Kind">The kind of action.</param>
/// <param name="Date">Its date as known, or null.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
public sealed record TimelineActionContract(string State, string Kind, string? Date, string DatePrecision);
