using RatificationApi.Statuses;

namespace RatificationApi.Instruments;

/// <summary>The instruments, with their counts on <c>asOf</c>.</summary>
public sealed record InstrumentListContract(DateOnly AsOf, IReadOnlyList<InstrumentContract> Items);

/// <summary>One of the five instruments: what it is, its counts, and how complete the data about it is.</summary>
/// <param name="Id">The API id.</param>
/// <param name="Mtdsg">The number in the UN Treaty Collection's Multilateral Treaties Deposited with the Secretary-General.</param>
/// <param name="ShortName">A short English name.</param>
/// <param name="Title">The title in the language asked for, where known; else in English.</param>
/// <param name="TitleLang">The language of <c>title</c>.</param>
/// <param name="Parent">The id of the instrument it supplements, where that is one of the five.</param>
/// <param name="ParentReference">The instrument it supplements, in words.</param>
/// <param name="Adopted">The date of adoption.</param>
/// <param name="AdoptionPlace">Where it was adopted.</param>
/// <param name="AdoptedBy">The body or resolution that adopted it.</param>
/// <param name="OpenedForSignature">The date it opened for signature, where known.</param>
/// <param name="EntryIntoForce">The date of its general entry into force.</param>
/// <param name="EntryIntoForceRule">When it enters into force for a State that joins later.</param>
/// <param name="Unts">Its citation in the United Nations Treaty Series.</param>
/// <param name="AsOf">The date the counts are for.</param>
/// <param name="Counts">Participants by status on <c>asOf</c>.</param>
/// <param name="Coverage">How complete the data is, and what the depositary states.</param>
/// <param name="Sources">Where the metadata comes from.</param>
/// <param name="Notes">Gaps and disagreements in the metadata.</param>
public sealed record InstrumentContract(
    string Id,
    string Mtdsg,
    string ShortName,
    string Title,
    string TitleLang,
    string? Parent,
    string? ParentReference,
    DateOnly Adopted,
    string? AdoptionPlace,
    string? AdoptedBy,
    DateOnly? OpenedForSignature,
    DateOnly? EntryIntoForce,
    EntryIntoForceRuleContract EntryIntoForceRule,
    UntsContract Unts,
    DateOnly AsOf,
    CountsContract Counts,
    CoverageContract Coverage,
    IReadOnlyList<string> Sources,
    string? Notes);

/// <param name="Article">The article that governs entry into force.</param>
/// <param name="OffsetAfterDeposit">ISO 8601 duration from a later State's deposit to entry into force for it (never before the general entry into force); null when unknown.</param>
/// <param name="Basis"><c>text</c> (read in the treaty text) or <c>inferred</c> (derived from pairs of deposit and entry-into-force dates).</param>
/// <param name="Text">The rule in words.</param>
public sealed record EntryIntoForceRuleContract(string? Article, string? OffsetAfterDeposit, string? Basis, string? Text);

/// <param name="Volume">UNTS volume.</param>
/// <param name="Page">First page in that volume, where known.</param>
/// <param name="RegistrationNumber">UN registration number.</param>
/// <param name="RegistrationDate">Date of registration, where known.</param>
public sealed record UntsContract(long? Volume, long? Page, long? RegistrationNumber, DateOnly? RegistrationDate);

/// <param name="CompleteAsAt">The date through which the data holds every action the depositary recorded. Actions after it are included where a source was found, but the list may lack some.</param>
/// <param name="CompleteAsAtSource">The complete depositary list that date comes from.</param>
/// <param name="Stated">The newest counts stated by the depositary (or another source), to compare with <c>counts</c>.</param>
/// <param name="PartiesUndated">The parties known (on <c>asOf</c>) whose consent has no known date, by code.</param>
/// <param name="PartiesUnidentified">How many more parties the stated count implies than the data identifies (0 when it implies none).</param>
public sealed record CoverageContract(DateOnly CompleteAsAt, string? CompleteAsAtSource, StatedCountsContract? Stated, IReadOnlyList<string> PartiesUndated, int PartiesUnidentified);

/// <param name="Parties">Parties stated.</param>
/// <param name="Signatories">Signatories stated.</param>
/// <param name="AsAt">The date of the statement.</param>
/// <param name="Source">Who stated it.</param>
public sealed record StatedCountsContract(long? Parties, long? Signatories, DateOnly? AsAt, string? Source);

/// <summary>The participants of an instrument and their status on <c>asOf</c>.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="AsOf">The date the statuses are for.</param>
/// <param name="Status">The status filter applied, if any.</param>
/// <param name="Region">The region filter applied, if any.</param>
/// <param name="Count">The number of items.</param>
/// <param name="Items">One status per participant that has signed or joined by <c>asOf</c>.</param>
public sealed record ParticipantListContract(string Instrument, DateOnly AsOf, string? Status, string? Region, int Count, IReadOnlyList<StatusContract> Items);

/// <summary>The ratification gaps of an instrument: the UN Member States that are not parties on <c>asOf</c>.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="AsOf">The date the gaps are for.</param>
/// <param name="Description">What the list counts.</param>
/// <param name="Region">The region filter applied, if any.</param>
/// <param name="Members">UN Member States on <c>asOf</c> (in the region, if filtered): the population the gaps are counted in.</param>
/// <param name="Count">UN Member States not parties.</param>
/// <param name="SignedCount">Of those, the ones that have signed.</param>
/// <param name="Undetermined">UN Member States whose status cannot be told on <c>asOf</c> (an action of unknown or partial date); not in <c>items</c>.</param>
/// <param name="Items">One entry per UN Member State that is not a party.</param>
/// <param name="Groups">With <c>groupBy</c>: the same gaps grouped by M49 region or subregion; else null.</param>
public sealed record InstrumentGapsContract(
    string Instrument,
    DateOnly AsOf,
    string Description,
    string? Region,
    int Members,
    int Count,
    int SignedCount,
    int Undetermined,
    IReadOnlyList<InstrumentGapContract> Items,
    IReadOnlyList<GapGroupContract>? Groups);

/// <param name="State">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">The State's name in the language asked for.</param>
/// <param name="Status"><c>signatory</c>, <c>none</c> or <c>withdrawn</c>.</param>
/// <param name="Signed">The date of signature, or null when the State has not signed.</param>
/// <param name="Region">UN M49 region code.</param>
/// <param name="Subregion">UN M49 sub-region code.</param>
public sealed record InstrumentGapContract(string State, string Name, string Status, string? Signed, string? Region, string? Subregion);

/// <param name="Code">UN M49 code of the region or subregion.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Count">Gaps in it.</param>
/// <param name="Items">The gaps in it.</param>
public sealed record GapGroupContract(string Code, string Name, int Count, IReadOnlyList<InstrumentGapContract> Items);
