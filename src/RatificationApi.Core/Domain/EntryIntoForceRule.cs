using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace RatificationApi.Domain;

/// <summary>
/// When an instrument enters into force for a State that consents to be bound: a fixed time after
/// its deposit, but never before the instrument's own entry into force. This one shape covers all five
/// instruments (UNTOC art. 38, Protocol art. 17, OPSC art. 14, CEDAW art. 27, 1956 Convention art. 13);
/// each supplies its own offset in <c>data/instruments.csv</c>.
/// </summary>
public sealed partial record EntryIntoForceRule(DateOnly? GeneralEntryIntoForce, int? OffsetDays, int? OffsetMonths)
{
    public static EntryIntoForceRule Unknown { get; } = new(null, null, null);

    /// <summary>Builds a rule from an ISO 8601 duration of days or months (<c>P30D</c>, <c>P1M</c>, <c>P0D</c>), or none.</summary>
    public static bool TryCreate(DateOnly? generalEntryIntoForce, string? offset, out EntryIntoForceRule rule)
    {
        rule = new EntryIntoForceRule(generalEntryIntoForce, null, null);
        if (string.IsNullOrEmpty(offset))
        {
            return true;
        }

        var match = DurationPattern().Match(offset);
        if (!match.Success)
        {
            return false;
        }

        var amount = int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        rule = match.Groups["unit"].Value == "D"
            ? rule with { OffsetDays = amount }
            : rule with { OffsetMonths = amount };
        return true;
    }

    public bool IsKnown => GeneralEntryIntoForce is not null && (OffsetDays is not null || OffsetMonths is not null);

    /// <summary>
    /// The date from which the instrument is in force for a participant whose consent was deposited on
    /// <paramref name="deposit"/>; null when the rule or the exact deposit date is unknown.
    /// </summary>
    public DateOnly? InForceFrom(PartialDate deposit)
    {
        if (!IsKnown || !deposit.IsExact)
        {
            return null;
        }

        var day = deposit.Start!.Value;
        var own = OffsetDays is { } days ? day.AddDays(days) : day.AddMonths(OffsetMonths!.Value);
        return own > GeneralEntryIntoForce!.Value ? own : GeneralEntryIntoForce.Value;
    }

    [GeneratedRegex("^P(?<n>[0-9]{1,3})(?<unit>[DM])$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationPattern();
}

/// <summary>
/// How an instrument's entry-into-force rule is known: <c>text</c> (read in the treaty text) or <c>inferred</c> (derived
/// from pairs of deposit and entry-into-force dates).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<RuleBasis>))]
public enum RuleBasis
{
    [JsonStringEnumMemberName("text")]
    Text,
    [JsonStringEnumMemberName("inferred")]
    Inferred,
}
