using RatificationApi.Domain;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>The ratification gaps of an instrument: the UN Member States that are not parties on <c>asOf</c>.</summary>
/// <param name="Instrument">The instrument's id.</param>
/// <param name="AsOf">The date the gaps are for.</param>
/// <param name="Description">What the list counts.</param>
/// <param name="Region">The region filter applied (a UN M49 code), if any.</param>
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

/// <summary>A participant that is not a party to the instrument on the date: a gap.</summary>
/// <param name="State">ISO 3166-1 alpha-3 code.</param>
/// <param name="Name">The State's name in the language asked for.</param>
/// <param name="Status"><c>signatory</c>, <c>none</c> or <c>withdrawn</c>.</param>
/// <param name="Signed">The date of signature, or null when the State has not signed.</param>
/// <param name="Region">The code of its UN M49 region (three digits); <c>GET /v1/states</c> gives the region as an object with its name.</param>
/// <param name="Subregion">The code of its UN M49 sub-region (three digits).</param>
public sealed record InstrumentGapContract(string State, string Name, TreatyStatus Status, string? Signed, string? Region, string? Subregion);

/// <summary>The gaps in one UN M49 region or sub-region (with <c>groupBy</c>).</summary>
/// <param name="Code">UN M49 code of the region or subregion.</param>
/// <param name="Name">Its English name.</param>
/// <param name="Count">Gaps in it.</param>
/// <param name="Items">The gaps in it.</param>
public sealed record GapGroupContract(string Code, string Name, int Count, IReadOnlyList<InstrumentGapContract> Items);

/// <summary>How gaps may be grouped: by M49 region or by sub-region.</summary>
public enum GapGrouping
{
    Region,
    Subregion,
}

/// <summary>The wire names of <see cref="GapGrouping"/>, as <c>groupBy</c> takes them.</summary>
public static class GapGroupings
{
    public static IReadOnlyList<string> Names { get; } = ["region", "subregion"];

    /// <summary>The grouping a validated <c>groupBy</c> names, or null when it is absent.</summary>
    public static GapGrouping? Parse(string? groupBy) => groupBy switch
    {
        null => null,
        "region" => GapGrouping.Region,
        "subregion" => GapGrouping.Subregion,
        _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "validated before it gets here"),
    };
}

/// <summary>
/// The ratification gaps of one instrument on one date: the UN Member States of that date that are not parties.
/// An instrument's gaps and a resolution's paragraphs both show them.
/// </summary>
internal static class Gaps
{
    public static InstrumentGapsContract Of(
        Instrument instrument, IReadOnlyList<Participant> participants, string? region, GapGrouping? groupBy, DateOnly asOf, string lang, StatusService statuses)
    {
        var members = participants.Where(p => ParticipantFilter.IsMemberOn(p, asOf) && ParticipantFilter.InRegion(p, region)).ToList();
        var all = statuses.StatusesOnly(instrument, members, asOf);
        var gaps = all.Where(s => !s.Status.Uncertain && s.Status.Status != TreatyStatus.Party).ToList();
        var items = gaps.Select(s => ToGap(s, lang)).ToList();
        var groups = groupBy is null
            ? null
            : gaps
                .GroupBy(s => groupBy == GapGrouping.Region ? (s.Participant.RegionCode, s.Participant.Region) : (s.Participant.SubregionCode, s.Participant.Subregion))
                .OrderBy(g => g.Key.Item1, StringComparer.Ordinal)
                .Select(g => new GapGroupContract(g.Key.Item1 ?? string.Empty, g.Key.Item2 ?? string.Empty, g.Count(), [.. g.Select(s => ToGap(s, lang))]))
                .ToList();
        var scope = region is null ? string.Empty : $" in M49 region {region}";
        return new InstrumentGapsContract(
            instrument.Id,
            asOf,
            $"UN Member States{scope} on {Dates.Iso(asOf)} ({members.Count}) that are not parties to {instrument.ShortName} on that date; signedCount counts those among them that have signed.",
            region,
            members.Count,
            items.Count,
            items.Count(g => g.Signed is not null),
            all.Count(s => s.Status.Uncertain),
            items,
            groups);
    }

    private static InstrumentGapContract ToGap(ParticipantStatus s, string lang) => new(
        s.Participant.Id,
        s.Participant.Names[lang].Name,
        s.Status.Status,
        s.Status.Signature?.DateText,
        s.Participant.RegionCode,
        s.Participant.SubregionCode);
}
