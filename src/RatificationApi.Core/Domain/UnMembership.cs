namespace RatificationApi.Domain;

/// <summary>
/// A participant's standing at the United Nations, as <c>participants.csv</c> spells it (<c>un_status</c>) and the API
/// shows it. Only members are counted in the gaps and the share of UN Member States.
/// </summary>
public static class UnMembership
{
    public const string Member = "member";
    public const string Observer = "observer";
    public const string NonMember = "non-member";

    public static IReadOnlyList<string> All { get; } = [Member, Observer, NonMember];

    public static bool IsMember(string unStatus) => unStatus == Member;
}
