using RatificationApi.Domain;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

/// <summary>One participant under one instrument: its status, every action behind it, what it said, and what others objected to.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="State">The participant's code: ISO 3166-1 alpha-3, or <c>EU</c>.</param>
/// <param name="StateName">Its name in the language asked for (English where none in that language is known).</param>
/// <param name="AsOf">The date the status is for. The lists hold what is known to have happened by then: on today, everything the data holds.</param>
/// <param name="Status">The status object, as in the instrument's participant list.</param>
/// <param name="Actions">Its actions under the instrument, by date (undated last).</param>
/// <param name="Statements">Its reservations, declarations, objections and territorial applications, in the depositary's order.</param>
/// <param name="ObjectionsReceived">Objections other participants made to its reservations or declarations, in the depositary's order.</param>
public sealed record InstrumentParticipantContract(
    string Instrument,
    string State,
    string StateName,
    DateOnly AsOf,
    StatusContract Status,
    IReadOnlyList<ActionRecordContract> Actions,
    IReadOnlyList<StatementContract> Statements,
    IReadOnlyList<StatementContract> ObjectionsReceived);

/// <summary>One treaty action as the data records it.</summary>
/// <param name="Kind">signature, ratification, accession, succession, acceptance, approval, formal_confirmation, consent (kind not stated by the source), or denunciation.</param>
/// <param name="Date">YYYY-MM-DD; YYYY-MM or YYYY when the sources give only that; null when no source gives a date.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="Basis"><c>depositary</c> (a UN Treaty Collection list), <c>secondary</c> (a gazette, ministry or press report) or <c>inferred</c> (computed from other facts).</param>
/// <param name="ReservationsOrDeclarations">Whether reservations or declarations are recorded with this action: <c>yes</c>, <c>no</c> or <c>unknown</c>.</param>
/// <param name="Sources">Where it comes from.</param>
/// <param name="Notes">What a reviewer should know: disagreements, inferences, domestic dates.</param>
public sealed record ActionRecordContract(
    ActionKind Kind, string? Date, DatePrecision DatePrecision, Basis Basis, Recorded ReservationsOrDeclarations, IReadOnlyList<string> Sources, string? Notes);

/// <summary>A reservation, declaration, objection or territorial application, in the source's words.</summary>
/// <param name="State">Who made it.</param>
/// <param name="Kind"><c>reservation</c>, <c>declaration</c>, <c>reservation_and_declaration</c> (one text under a heading naming both), <c>unclassified</c> (listed among the declarations and reservations under no heading that says which), <c>objection</c> or <c>territorial_application</c>. Read from the depositary's headings, never from the text.</param>
/// <param name="Occasion">The act it was made upon (signature, ratification, accession, …), where the source says; null otherwise.</param>
/// <param name="Date">The date the source gives for the statement itself (an objection, a later communication, a notification); null when it gives none. A statement made upon ratification has that ratification's date.</param>
/// <param name="DatePrecision"><c>day</c>, <c>month</c>, <c>year</c> or <c>unknown</c>.</param>
/// <param name="Target">For an objection: the participant whose reservation or declaration it concerns, when the depositary's heading names it.</param>
/// <param name="Heading">The depositary's sub-heading(s), as written.</param>
/// <param name="Text">The statement in the depositary's words, one paragraph per line; null when the source gives no text (see <c>notes</c>).</param>
/// <param name="Basis"><c>depositary</c> or <c>secondary</c> (e.g. a press report).</param>
/// <param name="Sources">Where it comes from.</param>
/// <param name="Notes">What a reviewer should know, e.g. the end notes that hold a text the section does not.</param>
public sealed record StatementContract(
    string State,
    StatementKind Kind,
    ActionKind? Occasion,
    string? Date,
    DatePrecision DatePrecision,
    string? Target,
    string? Heading,
    string? Text,
    Basis Basis,
    IReadOnlyList<string> Sources,
    string? Notes);
