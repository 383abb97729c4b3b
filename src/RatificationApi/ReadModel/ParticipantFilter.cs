using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>The filters every list shares: UN M49 region (at any level) and UN membership on a date.</summary>
internal static class ParticipantFilter
{
    public static bool InRegion(Participant p, string? region) =>
        region is null || p.RegionCode == region || p.SubregionCode == region || p.IntermediateRegionCode == region;

    /// <summary>Whether the participant was a UN Member State on <paramref name="day"/>.</summary>
    public static bool IsMemberOn(Participant p, DateOnly day) =>
        p.IsUnMember
        && (p.AdmittedOn is not { } admitted || admitted <= day);

    public static bool MatchesMembership(Participant p, string? unMember) =>
        RequestRules.Flag(unMember) is not { } member || p.IsUnMember == member;

    /// <summary>A 400 listing the region codes in use, when <paramref name="region"/> is none of them; else null.</summary>
    public static ProblemHttpResult? UnknownRegion(IReadOnlyList<Participant> participants, string? region)
    {
        if (region is null || participants.Any(p => InRegion(p, region)))
        {
            return null;
        }

        var known = participants
            .SelectMany(p => new[] { (p.RegionCode, p.Region), (p.SubregionCode, p.Subregion), (p.IntermediateRegionCode, p.IntermediateRegion) })
            .Where(r => r.Item1 is not null)
            .Distinct()
            .OrderBy(r => r.Item1, StringComparer.Ordinal)
            .Select(r => $"{r.Item1} {r.Item2}");
        return TypedResults.Problem(
            statusCode: StatusCodes.Status400BadRequest,
            title: "Invalid parameter: region",
            detail: $"'region' {region} is not the UN M49 code of a region, sub-region or intermediate region of any participant. Allowed: {string.Join(", ", known)}.");
    }
}
