namespace RatificationApi.Domain;

/// <summary>Counts of participants by their folded status on one date. Every count says what it counts.</summary>
/// <param name="Parties">Consent deposited by the date and not withdrawn, whatever the precision of its date.</param>
/// <param name="Signatories">Signed by the date, whether or not later a party (as the depositary counts signatories).</param>
/// <param name="SignatoriesNotParties">Signatories that are not parties.</param>
/// <param name="Withdrawn">Were parties and withdrew.</param>
/// <param name="PartiesUndated">Of the parties, those whose consent has no known date.</param>
/// <param name="PartiesDatedToMonthOrYear">Of the parties, those whose consent is known only to the month or the year.</param>
/// <param name="UnMemberParties">Of the parties, UN Member States.</param>
/// <param name="Undetermined">Participants whose status on the date cannot be told (an action of unknown or partial date); counted above only for a signature known to precede the date.</param>
public sealed record StatusCounts(
    int Parties,
    int Signatories,
    int SignatoriesNotParties,
    int Withdrawn,
    int PartiesUndated,
    int PartiesDatedToMonthOrYear,
    int UnMemberParties,
    int Undetermined)
{
    /// <summary>Counts the statuses <see cref="StatusFold"/> gave, one per participant.</summary>
    public static StatusCounts Of(IEnumerable<(StatusOnDate Status, bool UnMember)> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        int parties = 0, signatories = 0, signatoriesNotParties = 0, withdrawn = 0, undated = 0, partial = 0, members = 0, undetermined = 0;
        foreach (var (s, unMember) in statuses)
        {
            // A signature counted by the fold is known to precede the date, whatever else is uncertain.
            if (s.Signature is not null)
            {
                signatories++;
            }

            if (s.Uncertain)
            {
                undetermined++;
                continue;
            }

            switch (s.Status)
            {
                case TreatyStatus.Party:
                    parties++;
                    members += unMember ? 1 : 0;
                    undated += s.Consent!.Date.Precision == DatePrecision.Unknown ? 1 : 0;
                    partial += s.Consent.Date.Precision is DatePrecision.Month or DatePrecision.Year ? 1 : 0;
                    break;
                case TreatyStatus.Signatory:
                    signatoriesNotParties++;
                    break;
                case TreatyStatus.Withdrawn:
                    withdrawn++;
                    break;
            }
        }

        return new StatusCounts(parties, signatories, signatoriesNotParties, withdrawn, undated, partial, members, undetermined);
    }
}

/// <summary>How far the data falls short of a count of parties that the depositary (or another source) states.</summary>
public static class StatedCoverage
{
    /// <summary>
    /// The parties the data knows by the date of the statement (all of them when it has no date). Undated consents
    /// count, since they may well precede it, so that the shortfall derived from this is a lower bound.
    /// </summary>
    public static int PartiesKnownBy(IEnumerable<StatusOnDate> statuses, DateOnly? statedAsAt)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return statuses.Count(s => s.Status == TreatyStatus.Party
            && (statedAsAt is not { } statedAt || s.Consent!.Date.Start is null || s.Consent.Date.Start <= statedAt));
    }

    /// <summary>How many more parties the statement implies than the data identifies; 0 when none are stated or none are missing.</summary>
    public static int PartiesUnidentified(IEnumerable<StatusOnDate> statuses, long? statedParties, DateOnly? statedAsAt) =>
        statedParties is { } stated ? (int)Math.Max(0, stated - PartiesKnownBy(statuses, statedAsAt)) : 0;
}
