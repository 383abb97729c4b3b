namespace RatificationApi.Domain;

/// <summary>The kinds of treaty action recorded in <c>data/actions.csv</c>.</summary>
public enum ActionKind
{
    Signature,
    Ratification,
    Accession,
    Succession,
    Acceptance,
    Approval,
    FormalConfirmation,

    /// <summary>A consent to be bound whose kind the source does not state.</summary>
    Consent,

    /// <summary>A denunciation or withdrawal.</summary>
    Denunciation,
}

/// <summary>Whether reservations or declarations are recorded: yes, no, or unknown.</summary>
public enum Recorded
{
    Unknown,
    Yes,
    No,
}

public static class ActionKinds
{
    private static readonly Dictionary<string, ActionKind> ByName = new(StringComparer.Ordinal)
    {
        ["signature"] = ActionKind.Signature,
        ["ratification"] = ActionKind.Ratification,
        ["accession"] = ActionKind.Accession,
        ["succession"] = ActionKind.Succession,
        ["acceptance"] = ActionKind.Acceptance,
        ["approval"] = ActionKind.Approval,
        ["formal_confirmation"] = ActionKind.FormalConfirmation,
        ["consent"] = ActionKind.Consent,
        ["denunciation"] = ActionKind.Denunciation,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out ActionKind kind) =>
        ByName.TryGetValue(name ?? string.Empty, out kind);

    // Literals, not Enum.ToString(): names are written into every status, and these allocate nothing.
    public static string ToName(this ActionKind kind) => kind switch
    {
        ActionKind.Signature => "signature",
        ActionKind.Ratification => "ratification",
        ActionKind.Accession => "accession",
        ActionKind.Succession => "succession",
        ActionKind.Acceptance => "acceptance",
        ActionKind.Approval => "approval",
        ActionKind.FormalConfirmation => "formal_confirmation",
        ActionKind.Consent => "consent",
        ActionKind.Denunciation => "denunciation",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static ActionKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new FormatException($"Unknown action kind '{name}'.");

    public static Recorded ParseRecorded(string text) =>
        TryParseRecorded(text, out var recorded) ? recorded : throw new FormatException($"Unknown reservations value '{text}'.");

    /// <summary>Every kind of act by which a participant consents to be bound.</summary>
    public static bool IsConsent(this ActionKind kind) =>
        kind is not (ActionKind.Signature or ActionKind.Denunciation);

    public static string ToName(this Recorded recorded) => recorded switch
    {
        Recorded.Yes => "yes",
        Recorded.No => "no",
        Recorded.Unknown => "unknown",
        _ => recorded.ToString().ToLowerInvariant(),
    };

    public static bool TryParseRecorded(string? text, out Recorded recorded)
    {
        recorded = text switch
        {
            "yes" => Recorded.Yes,
            "no" => Recorded.No,
            "unknown" => Recorded.Unknown,
            _ => (Recorded)(-1),
        };
        return Enum.IsDefined(recorded);
    }
}

/// <summary>One dated (or undated) act of one participant under one instrument.</summary>
public sealed record TreatyAction(
    ActionKind Kind,
    PartialDate Date,
    Recorded Reservations,
    string Source,
    string Basis = "depositary")
{
    /// <summary>
    /// The date as the sources give it (<see cref="PartialDate.ToIsoString"/>), formatted once, since every status
    /// shows it. (A <c>with</c> that changes <see cref="Date"/> would keep the old text: make a new action instead.)
    /// </summary>
    public string? DateText { get; } = Date.ToIsoString();
}
