using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// The kind of a treaty action: <c>signature</c>; a consent to be bound (<c>ratification</c>, <c>accession</c>,
/// <c>succession</c>, <c>acceptance</c>, <c>approval</c>, <c>formal_confirmation</c>, or <c>consent</c> when the source
/// does not state which); or <c>denunciation</c> (a denunciation or withdrawal).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionKind>))]
public enum ActionKind
{
    [JsonStringEnumMemberName("signature")]
    Signature,
    [JsonStringEnumMemberName("ratification")]
    Ratification,
    [JsonStringEnumMemberName("accession")]
    Accession,
    [JsonStringEnumMemberName("succession")]
    Succession,
    [JsonStringEnumMemberName("acceptance")]
    Acceptance,
    [JsonStringEnumMemberName("approval")]
    Approval,
    [JsonStringEnumMemberName("formal_confirmation")]
    FormalConfirmation,

    /// <summary>A consent to be bound whose kind the source does not state.</summary>
    [JsonStringEnumMemberName("consent")]
    Consent,

    /// <summary>A denunciation or withdrawal.</summary>
    [JsonStringEnumMemberName("denunciation")]
    Denunciation,
}

/// <summary>Whether reservations or declarations are recorded: <c>yes</c>, <c>no</c>, or <c>unknown</c> (the source does not say).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Recorded>))]
public enum Recorded
{
    [JsonStringEnumMemberName("unknown")]
    Unknown,
    [JsonStringEnumMemberName("yes")]
    Yes,
    [JsonStringEnumMemberName("no")]
    No,
}

/// <summary>
/// Where a fact comes from: <c>depositary</c> (a UN Treaty Collection list), <c>secondary</c> (a gazette, ministry or
/// press report) or <c>inferred</c> (computed from other facts).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Basis>))]
public enum Basis
{
    [JsonStringEnumMemberName("depositary")]
    Depositary,
    [JsonStringEnumMemberName("secondary")]
    Secondary,
    [JsonStringEnumMemberName("inferred")]
    Inferred,
}

/// <summary>The wire names of <see cref="ActionKind"/> and <see cref="Recorded"/>, as <c>data/actions.csv</c> spells them.</summary>
public static class ActionKinds
{
    /// <summary>Every kind of act by which a participant consents to be bound.</summary>
    public static bool IsConsent(this ActionKind kind) =>
        kind is not (ActionKind.Signature or ActionKind.Denunciation);
}

/// <summary>One dated (or undated) act of one participant under one instrument.</summary>
public sealed record TreatyAction(
    ActionKind Kind,
    PartialDate Date,
    Recorded Reservations,
    string Source,
    Basis Basis = Basis.Depositary)
{
    /// <summary>
    /// The date as the sources give it (<see cref="PartialDate.ToIsoString"/>), formatted once, since every status
    /// shows it. (A <c>with</c> that changes <see cref="Date"/> would keep the old text: make a new action instead.)
    /// </summary>
    public string? DateText { get; } = Date.ToIsoString();
}
