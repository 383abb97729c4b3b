using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// A participant's standing at the United Nations: <c>member</c> (a UN Member State), <c>observer</c> (a non-member
/// observer State) or <c>non-member</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<UnStatus>))]
public enum UnStatus
{
    [JsonStringEnumMemberName("member")]
    Member,
    [JsonStringEnumMemberName("observer")]
    Observer,
    [JsonStringEnumMemberName("non-member")]
    NonMember,
}

/// <summary>What kind of participant it is: <c>state</c>, or <c>organization</c> (the European Union).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParticipantKind>))]
public enum ParticipantKind
{
    [JsonStringEnumMemberName("state")]
    State,
    [JsonStringEnumMemberName("organization")]
    Organization,
}

/// <summary>
/// A participant's standing at the United Nations, as <c>participants.csv</c> spells it (<c>un_status</c>) and the API
/// shows it (<see cref="UnStatus"/>). Only members are counted in the gaps and the share of UN Member States.
/// </summary>
public static class UnMembership
{
    public static IReadOnlyList<string> All { get; } = WireName.All<UnStatus>();

    public static bool IsMember(string unStatus) => WireName.TryParse<UnStatus>(unStatus, out var status) && status == UnStatus.Member;
}
