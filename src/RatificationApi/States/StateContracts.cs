using System.Text.Json.Serialization;
using RatificationApi.Domain;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.States;

/// <summary>Participants: UN Member States, observer States, Cook Islands, Niue and the European Union.</summary>
/// <param name="Count">The number of items.</param>
/// <param name="Items">The participants, by code.</param>
public sealed record StateListContract(int Count, IReadOnlyList<StateContract> Items);

/// <summary>A State (or the European Union) that may take part in the instruments.</summary>
/// <param name="Code">ISO 3166-1 alpha-3; <c>EU</c> for the European Union.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3; null for the European Union.</param>
/// <param name="Iso2">ISO 3166-1 alpha-2 (<c>EU</c> is exceptionally reserved).</param>
/// <param name="M49">UN M49 numeric code.</param>
/// <param name="Name">The short name in the language asked for (English where none in that language is known).</param>
/// <param name="NameLang">The language of <c>name</c>.</param>
/// <param name="Kind"><c>state</c> or <c>organization</c>.</param>
/// <param name="UnMember">Whether it is a UN Member State.</param>
/// <param name="UnStatus"><c>member</c>, <c>observer</c> (non-member observer State) or <c>non-member</c>.</param>
/// <param name="UnAdmissionDate">The date of admission to the United Nations.</param>
/// <param name="Region">Its UN M49 region: code and name.</param>
/// <param name="Subregion">Its UN M49 sub-region: code and name.</param>
/// <param name="IntermediateRegion">UN M49 intermediate region, where there is one.</param>
/// <param name="Match">Only in the answer to a search by name (<c>q</c>): the name that matched. Absent otherwise.</param>
public sealed record StateContract(
    string Code,
    string? Iso3,
    string Iso2,
    string? M49,
    string Name,
    [property: LanguageValued] string NameLang,
    ParticipantKind Kind,
    bool UnMember,
    UnStatus UnStatus,
    DateOnly? UnAdmissionDate,
    RegionContract? Region,
    RegionContract? Subregion,
    RegionContract? IntermediateRegion,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] NameMatchContract? Match = null);

/// <summary>The name by which a search found a participant.</summary>
/// <param name="Name">The name, as the source writes it.</param>
/// <param name="Lang">Its language: ar, en, es, fr, ru or zh.</param>
/// <param name="Kind"><c>short</c> (the UNSD M49 short name), <c>formal</c> (the UNTERM formal name), <c>depositary</c> (a name the depositary used, current or past) or <c>other</c> (a common name from Unicode CLDR, such as Ivory Coast or Swaziland).</param>
/// <param name="Quality">How it matched, ignoring case, accents and punctuation: <c>exact</c>, <c>prefix</c> (the name begins with the query), <c>word</c> (a later word begins with it) or <c>substring</c>.</param>
public sealed record NameMatchContract(string Name, [property: LanguageValued] string Lang, NameKind Kind, MatchQuality Quality);

/// <summary>A UN M49 area (region, sub-region or intermediate region): its code and English name.</summary>
/// <param name="Code">UN M49 code.</param>
/// <param name="Name">English name.</param>
public sealed record RegionContract(string Code, string Name);

/// <summary>A State with its status under each of the five instruments.</summary>
/// <param name="State">The State.</param>
/// <param name="FormalName">The formal name in the language asked for, where known.</param>
/// <param name="AsOf">The date the statuses are for.</param>
/// <param name="Instruments">One status per instrument.</param>
/// <param name="Sources">Where the State's names and codes come from.</param>
public sealed record StateDetailContract(StateContract State, string? FormalName, DateOnly AsOf, IReadOnlyList<StatusContract> Instruments, IReadOnlyList<string> Sources);

/// <summary>The instruments of the five to which a State is not a party.</summary>
/// <param name="State">The State's code.</param>
/// <param name="Name">The State's name.</param>
/// <param name="AsOf">The date the gaps are for.</param>
/// <param name="Count">The number of instruments the State is not a party to.</param>
/// <param name="Undetermined">Instruments whose status on <c>asOf</c> cannot be told (an action of unknown or partial date); not in <c>items</c>.</param>
/// <param name="Items">One entry per instrument.</param>
public sealed record StateGapsContract(string State, string Name, DateOnly AsOf, int Count, int Undetermined, IReadOnlyList<StateGapContract> Items);

/// <summary>An instrument to which the State is not a party on the date: a gap.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="ShortName">Its short name.</param>
/// <param name="Title">Its title in the language asked for.</param>
/// <param name="Status"><c>signatory</c>, <c>none</c> or <c>withdrawn</c>.</param>
/// <param name="Signed">The date of signature, or null when the State has not signed.</param>
public sealed record StateGapContract(string Instrument, string ShortName, string Title, TreatyStatus Status, string? Signed);
