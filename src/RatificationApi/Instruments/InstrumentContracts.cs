using RatificationApi.Domain;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

/// <summary>The instruments, with their counts on <c>asOf</c>.</summary>
/// <param name="AsOf">The date the counts are for.</param>
/// <param name="Items">The five instruments, in a fixed order.</param>
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
/// <param name="LocalShortName">The short name in the language asked for, where a source gives one (in English, <c>shortName</c>); null where no source gives one in that language: then <c>title</c>, in <c>titleLang</c>, is the name to show.</param>
public sealed record InstrumentContract(
    string Id,
    string Mtdsg,
    string ShortName,
    string Title,
    [property: LanguageValued] string TitleLang,
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
    string? Notes,
    string? LocalShortName);

/// <summary>When the instrument enters into force for a State that consents to be bound after its general entry into force.</summary>
/// <param name="Article">The article that governs entry into force.</param>
/// <param name="OffsetAfterDeposit">ISO 8601 duration from a later State's deposit to entry into force for it (never before the general entry into force); null when unknown.</param>
/// <param name="Basis"><c>text</c> (read in the treaty text) or <c>inferred</c> (derived from pairs of deposit and entry-into-force dates).</param>
/// <param name="Text">The rule in words.</param>
public sealed record EntryIntoForceRuleContract(string? Article, string? OffsetAfterDeposit, RuleBasis? Basis, string? Text);

/// <summary>Where the instrument is published in the United Nations Treaty Series.</summary>
/// <param name="Volume">UNTS volume.</param>
/// <param name="Page">First page in that volume, where known.</param>
/// <param name="RegistrationNumber">UN registration number.</param>
/// <param name="RegistrationDate">Date of registration, where known.</param>
public sealed record UntsContract(long? Volume, long? Page, long? RegistrationNumber, DateOnly? RegistrationDate);

/// <summary>How complete the data about the instrument is, and what the depositary states, to compare with the counts.</summary>
/// <param name="CompleteAsAt">The date through which the data holds every action the depositary recorded. Actions after it are included where a source was found, but the list may lack some.</param>
/// <param name="CompleteAsAtSource">The complete depositary list that date comes from.</param>
/// <param name="Stated">The newest counts stated by the depositary (or another source), to compare with <c>counts</c>.</param>
/// <param name="PartiesUndated">The parties known (on <c>asOf</c>) whose consent has no known date, by code.</param>
/// <param name="PartiesUnidentified">How many more parties the stated count implies than the data identifies (0 when it implies none).</param>
public sealed record CoverageContract(DateOnly CompleteAsAt, string? CompleteAsAtSource, StatedCountsContract? Stated, IReadOnlyList<string> PartiesUndated, int PartiesUnidentified);

/// <summary>The newest counts of parties and signatories that the depositary (or another source) states.</summary>
/// <param name="Parties">Parties stated.</param>
/// <param name="Signatories">Signatories stated.</param>
/// <param name="AsAt">The date of the statement.</param>
/// <param name="Source">Who stated it.</param>
public sealed record StatedCountsContract(long? Parties, long? Signatories, DateOnly? AsAt, string? Source);

/// <summary>The participants of an instrument and their status on <c>asOf</c>.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="AsOf">The date the statuses are for.</param>
/// <param name="Status">The status filter applied, if any.</param>
/// <param name="Region">The region filter applied (a UN M49 code), if any.</param>
/// <param name="Count">The number of items.</param>
/// <param name="Items">One status per participant that has signed or joined by <c>asOf</c>.</param>
public sealed record ParticipantListContract(string Instrument, DateOnly AsOf, TreatyStatus? Status, string? Region, int Count, IReadOnlyList<StatusContract> Items);
