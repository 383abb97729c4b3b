using RatificationApi.Domain;

namespace RatificationApi.ReadModel;

/// <summary>A participant's status under one instrument on one date.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="InstrumentShortName">The instrument's short name.</param>
/// <param name="State">The participant's code: ISO 3166-1 alpha-3, or <c>EU</c> for the European Union.</param>
/// <param name="StateName">The participant's name in the language asked for (English where no name in that language is known).</param>
/// <param name="Status"><c>party</c> (consent to be bound deposited), <c>signatory</c> (signed, no consent), <c>none</c>, or <c>withdrawn</c>.</param>
/// <param name="Signed">The date of signature: YYYY-MM-DD, or YYYY-MM / YYYY when the sources give only that; null when not signed (by that date).</param>
/// <param name="Consent">The act by which the participant consented to be bound; null when it has not.</param>
/// <param name="Withdrawn">The denunciation or withdrawal, when the participant has withdrawn.</param>
/// <param name="InForceFrom">The date the instrument entered (or enters) into force for the participant, under the instrument's own rule; null when that rule, the exact deposit date, or (for a succession) the date of independence is unknown.</param>
/// <param name="ReservationsOrDeclarations">Whether reservations or declarations are recorded with the participant's actions: <c>yes</c>, <c>no</c> or <c>unknown</c>.</param>
/// <param name="Statements">How many reservations, declarations, objections and territorial applications the data holds for the participant under the instrument (made by the date asked for), and how many objections others made to them. Counts rows of the depositary's lists (and sourced press reports); a <c>yes</c> above may have no text behind it yet. <c>GET /v1/instruments/{id}/participants/{code}</c> lists them.</param>
/// <param name="DateUncertain">True when an action known only to the month or year, or undated, may or may not have happened by the date asked for; the status then counts only the actions known to have happened.</param>
/// <param name="Sources">Where the actions counted come from.</param>
public sealed record StatusContract(
    string Instrument,
    string InstrumentShortName,
    string State,
    string StateName,
    TreatyStatus Status,
    string? Signed,
    ActionContract? Consent,
    ActionContract? Withdrawn,
    DateOnly? InForceFrom,
    Recorded ReservationsOrDeclarations,
    StatementCountsContract Statements,
    bool DateUncertain,
    IReadOnlyList<string> Sources);

/// <summary>A participant's statements under an instrument, by kind; each statement is counted once.</summary>
/// <param name="Reservations">Statements the depositary heads "Reservation(s)".</param>
/// <param name="Declarations">Statements headed "Declaration(s)" or "Understanding".</param>
/// <param name="ReservationsAndDeclarations">Texts under one heading that names both ("Reservation and declaration:").</param>
/// <param name="Unclassified">Statements the depositary lists among declarations and reservations under no heading that says which.</param>
/// <param name="Objections">Objections the participant made to others' statements.</param>
/// <param name="TerritorialApplications">Notifications extending the instrument to territories.</param>
/// <param name="ObjectionsReceived">Objections others made to the participant's statements.</param>
public sealed record StatementCountsContract(
    int Reservations,
    int Declarations,
    int ReservationsAndDeclarations,
    int Unclassified,
    int Objections,
    int TerritorialApplications,
    int ObjectionsReceived);

/// <summary>One treaty action.</summary>
/// <param name="Kind">ratification, accession, succession, acceptance, approval, formal_confirmation, consent (kind not stated by the source), or denunciation.</param>
/// <param name="Date">YYYY-MM-DD; YYYY-MM or YYYY when the sources give only that; null when no source gives a date.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="Basis"><c>depositary</c> (a UN Treaty Collection list), <c>secondary</c> (a gazette, ministry or press report) or <c>inferred</c> (computed from other facts).</param>
public sealed record ActionContract(ActionKind Kind, string? Date, DatePrecision DatePrecision, Basis Basis);

/// <summary>Counts of participants by status. Every count says what it counts.</summary>
/// <param name="Parties">Participants whose consent to be bound was deposited by the date and not withdrawn, whatever the precision of its date.</param>
/// <param name="Signatories">Participants that signed by the date, whether or not they later became parties (as the depositary counts signatories).</param>
/// <param name="SignatoriesNotParties">Signatories that are not parties.</param>
/// <param name="Withdrawn">Participants that were parties and withdrew.</param>
/// <param name="PartiesUndated">Of the parties, those whose consent has no known date.</param>
/// <param name="PartiesDatedToMonthOrYear">Of the parties, those whose consent is known only to the month or the year.</param>
/// <param name="UnMemberParties">Of the parties, UN Member States.</param>
/// <param name="Undetermined">Participants whose status on the date cannot be told because an action's date is unknown or known only in part; they are counted above only for a signature known to precede the date.</param>
public sealed record CountsContract(
    int Parties,
    int Signatories,
    int SignatoriesNotParties,
    int Withdrawn,
    int PartiesUndated,
    int PartiesDatedToMonthOrYear,
    int UnMemberParties,
    int Undetermined);
