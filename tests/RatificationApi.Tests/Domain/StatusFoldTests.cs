using RatificationApi.Domain;

namespace RatificationApi.Tests.Domain;

public class StatusFoldTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    // UNTOC: general entry into force 2003-09-29, then 30 days after a later deposit.
    private static readonly EntryIntoForceRule Untoc = Rule(new DateOnly(2003, 9, 29), "P30D");

    private static EntryIntoForceRule Rule(DateOnly general, string offset)
    {
        Assert.True(EntryIntoForceRule.TryCreate(general, offset, out var rule));
        return rule;
    }

    private static TreatyAction Act(ActionKind kind, string? date, Recorded reservations = Recorded.No) =>
        new(kind, PartialDate.Parse(date), reservations, "test");

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Fold_NoActions_None()
    {
        var status = StatusFold.Fold([], Untoc, Today, Today);

        Assert.Equal(TreatyStatus.None, status.Status);
        Assert.Null(status.Signature);
        Assert.Null(status.Consent);
        Assert.Null(status.InForceFrom);
        Assert.Equal(Recorded.Unknown, status.Reservations);
        Assert.False(status.Uncertain);
    }

    [Fact]
    public void Fold_SignatureThenRatification_PartyFromDepositWithSignatureKept()
    {
        var actions = new[] { Act(ActionKind.Ratification, "2006-06-14"), Act(ActionKind.Signature, "2000-12-12") };

        var status = StatusFold.Fold(actions, Untoc, Today, Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
        Assert.Equal("2000-12-12", status.Signature!.Date.ToIsoString());
        Assert.Equal(ActionKind.Ratification, status.Consent!.Kind);
        Assert.Equal(D("2006-07-14"), status.InForceFrom);
    }

    [Fact]
    public void Fold_AsOfBetweenSignatureAndRatification_Signatory()
    {
        var actions = new[] { Act(ActionKind.Signature, "2000-12-12"), Act(ActionKind.Ratification, "2006-06-14") };

        var status = StatusFold.Fold(actions, Untoc, D("2006-06-13"), Today);

        Assert.Equal(TreatyStatus.Signatory, status.Status);
        Assert.Null(status.Consent);
        Assert.Null(status.InForceFrom);
    }

    [Fact]
    public void Fold_AsOfOnDepositDay_PartyThatDay()
    {
        var status = StatusFold.Fold([Act(ActionKind.Accession, "2010-03-01")], Untoc, D("2010-03-01"), Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
    }

    [Fact]
    public void Fold_AsOfBeforeEverything_None()
    {
        var status = StatusFold.Fold([Act(ActionKind.Signature, "2000-12-12")], Untoc, D("2000-12-11"), Today);

        Assert.Equal(TreatyStatus.None, status.Status);
        Assert.Empty(status.Counted);
    }

    [Fact]
    public void Fold_DepositBeforeGeneralEntryIntoForce_InForceFromGeneralDate()
    {
        var status = StatusFold.Fold([Act(ActionKind.Ratification, "2002-10-29"), Act(ActionKind.Signature, "2000-12-12")], Untoc, Today, Today);

        Assert.Equal(D("2003-09-29"), status.InForceFrom);
    }

    [Fact]
    public void Fold_DepositThirtyDaysBeforeGeneralEntryIntoForceEdge_LaterOfTheTwo()
    {
        // 2003-08-31 + 30 days = 2003-09-30, one day after the general entry into force.
        var status = StatusFold.Fold([Act(ActionKind.Accession, "2003-08-31")], Untoc, Today, Today);

        Assert.Equal(D("2003-09-30"), status.InForceFrom);
    }

    [Fact]
    public void Fold_OneMonthRuleAtMonthEnd_ClampsToLastDayOfNextMonth()
    {
        var opsc = Rule(new DateOnly(2002, 1, 18), "P1M");

        var status = StatusFold.Fold([Act(ActionKind.Accession, "2004-01-31")], opsc, Today, Today);

        Assert.Equal(D("2004-02-29"), status.InForceFrom);
    }

    [Fact]
    public void Fold_OnDepositRule_InForceSameDay()
    {
        var slavery = Rule(new DateOnly(1957, 4, 30), "P0D");

        var status = StatusFold.Fold([Act(ActionKind.Accession, "1966-11-16")], slavery, Today, Today);

        Assert.Equal(D("1966-11-16"), status.InForceFrom);
    }

    [Fact]
    public void Fold_UnknownRule_InForceFromNull()
    {
        var status = StatusFold.Fold([Act(ActionKind.Accession, "2010-03-01")], EntryIntoForceRule.Unknown, Today, Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
        Assert.Null(status.InForceFrom);
    }

    [Fact]
    public void Fold_Succession_PartyButInForceFromUnknown()
    {
        var status = StatusFold.Fold([Act(ActionKind.Succession, "1993-09-01")], Untoc, Today, Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
        Assert.Equal(ActionKind.Succession, status.Consent!.Kind);
        Assert.Null(status.InForceFrom);
    }

    [Fact]
    public void Fold_Denunciation_WithdrawnAndNoLongerInForce()
    {
        var actions = new[] { Act(ActionKind.Accession, "2005-01-10"), Act(ActionKind.Denunciation, "2012-05-01") };

        var before = StatusFold.Fold(actions, Untoc, D("2012-04-30"), Today);
        var after = StatusFold.Fold(actions, Untoc, Today, Today);

        Assert.Equal(TreatyStatus.Party, before.Status);
        Assert.Equal(TreatyStatus.Withdrawn, after.Status);
        Assert.Equal("2012-05-01", after.Withdrawal!.Date.ToIsoString());
        Assert.Null(after.InForceFrom);
    }

    [Fact]
    public void Fold_RejoinAfterDenunciation_PartyAgainFromNewConsent()
    {
        var actions = new[] { Act(ActionKind.Accession, "2005-01-10"), Act(ActionKind.Denunciation, "2012-05-01"), Act(ActionKind.Accession, "2020-02-03") };

        var status = StatusFold.Fold(actions, Untoc, Today, Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
        Assert.Equal("2020-02-03", status.Consent!.Date.ToIsoString());
        Assert.Null(status.Withdrawal);
    }

    [Fact]
    public void Fold_SameDaySignatureAndRatification_SignatureComesFirst()
    {
        var actions = new[] { Act(ActionKind.Ratification, "2002-04-24"), Act(ActionKind.Signature, "2002-04-24") };

        var status = StatusFold.Fold(actions, Untoc, D("2002-04-24"), Today);

        Assert.Equal(TreatyStatus.Party, status.Status);
        Assert.NotNull(status.Signature);
    }

    [Fact]
    public void Fold_MonthOnlyConsentAsOfInsideThatMonth_UncertainAndNotCounted()
    {
        var actions = new[] { Act(ActionKind.Signature, "2000-12-13"), Act(ActionKind.Ratification, "2015-06") };

        var inside = StatusFold.Fold(actions, Untoc, D("2015-06-15"), Today);
        var after = StatusFold.Fold(actions, Untoc, D("2015-07-01"), Today);

        Assert.True(inside.Uncertain);
        Assert.Equal(TreatyStatus.Signatory, inside.Status);
        Assert.False(after.Uncertain);
        Assert.Equal(TreatyStatus.Party, after.Status);
        Assert.Null(after.InForceFrom);
    }

    [Fact]
    public void Fold_UndatedConsent_PartyTodayButUncertainInThePast()
    {
        var actions = new[] { Act(ActionKind.Consent, null) };

        var today = StatusFold.Fold(actions, Untoc, Today, Today);
        var past = StatusFold.Fold(actions, Untoc, D("2010-01-01"), Today);

        Assert.Equal(TreatyStatus.Party, today.Status);
        Assert.False(today.Uncertain);
        Assert.Null(today.InForceFrom);
        Assert.Equal(TreatyStatus.None, past.Status);
        Assert.True(past.Uncertain);
    }

    [Fact]
    public void Fold_ReservationOnSignatureOnly_YesForParty()
    {
        var actions = new[] { Act(ActionKind.Signature, "2000-12-12", Recorded.Yes), Act(ActionKind.Ratification, "2004-01-01", Recorded.No) };

        Assert.Equal(Recorded.Yes, StatusFold.Fold(actions, Untoc, Today, Today).Reservations);
    }

    [Fact]
    public void Fold_ConsentReservationsUnknown_Unknown()
    {
        var actions = new[] { Act(ActionKind.Signature, "2000-12-12", Recorded.No), Act(ActionKind.Ratification, "2004-01-01", Recorded.Unknown) };

        Assert.Equal(Recorded.Unknown, StatusFold.Fold(actions, Untoc, Today, Today).Reservations);
    }
}
