using RatificationApi.Domain;

namespace RatificationApi.Tests.Domain;

public class StatementFoldTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    private static readonly TreatyAction[] SignedThenRatified =
    [
        new(ActionKind.Signature, PartialDate.Parse("2000-09-06"), Recorded.Yes, "test"),
        new(ActionKind.Ratification, PartialDate.Parse("2006-03-17"), Recorded.Yes, "test"),
    ];

    private static TreatyStatement Statement(ActionKind? occasion, string? date = null, StatementKind kind = StatementKind.Declaration) =>
        new(kind, occasion, PartialDate.Parse(date));

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2002-10-03", false)]
    [InlineData("2002-10-04", true)]
    public void IsMadeBy_Dated_FromItsDate(string asOf, bool made) =>
        Assert.Equal(made, StatementFold.IsMadeBy(Statement(null, "2002-10-04", StatementKind.Objection), SignedThenRatified, D(asOf), Today));

    [Fact]
    public void IsMadeBy_DatedToTheMonth_OnlyOnceTheMonthIsOver()
    {
        var statement = Statement(null, "2002-10");

        Assert.False(StatementFold.IsMadeBy(statement, SignedThenRatified, D("2002-10-15"), Today));
        Assert.True(StatementFold.IsMadeBy(statement, SignedThenRatified, D("2002-10-31"), Today));
    }

    [Theory]
    [InlineData(ActionKind.Signature, "2000-09-06", true)]
    [InlineData(ActionKind.Ratification, "2000-09-06", false)]
    [InlineData(ActionKind.Ratification, "2006-03-17", true)]
    public void IsMadeBy_UndatedUponAnAct_FromThatActsDate(ActionKind occasion, string asOf, bool made) =>
        Assert.Equal(made, StatementFold.IsMadeBy(Statement(occasion), SignedThenRatified, D(asOf), Today));

    [Fact]
    public void IsMadeBy_UndatedUponAnActTheAuthorHasNot_OnlyToday()
    {
        Assert.False(StatementFold.IsMadeBy(Statement(ActionKind.Accession), SignedThenRatified, D("2020-01-01"), Today));
        Assert.True(StatementFold.IsMadeBy(Statement(ActionKind.Accession), SignedThenRatified, Today, Today));
    }

    [Fact]
    public void IsMadeBy_UndatedWithoutOccasion_TodayButNotEarlierAsAnUndatedAction()
    {
        Assert.True(StatementFold.IsMadeBy(Statement(null), SignedThenRatified, Today, Today));
        Assert.False(StatementFold.IsMadeBy(Statement(null), SignedThenRatified, D("2026-11-27"), Today));
    }

    [Fact]
    public void IsMadeBy_UponAnUndatedAct_OnlyToday()
    {
        TreatyAction[] undated = [new(ActionKind.Accession, PartialDate.Unknown, Recorded.Yes, "test")];

        Assert.False(StatementFold.IsMadeBy(Statement(ActionKind.Accession), undated, D("2026-01-01"), Today));
        Assert.True(StatementFold.IsMadeBy(Statement(ActionKind.Accession), undated, Today, Today));
    }

    [Fact]
    public void Counts_ByKindAndObjectionsReceived_EachStatementOnce()
    {
        var counts = StatementCounts.Of(
            [
                Statement(null, kind: StatementKind.Reservation),
                Statement(null, kind: StatementKind.Reservation),
                Statement(null, kind: StatementKind.ReservationAndDeclaration),
                Statement(null, kind: StatementKind.Objection),
                Statement(null, kind: StatementKind.TerritorialApplication),
            ],
            objectionsReceived: 3);

        Assert.Equal(new StatementCounts(2, 0, 1, 0, 1, 1, 3), counts);
    }

    [Fact]
    public void Kinds_Names_RoundTrip()
    {
        foreach (var name in WireName.All<StatementKind>())
        {
            Assert.Equal(name, WireName.Parse<StatementKind>(name).ToName());
        }

        Assert.False(WireName.TryParse<StatementKind>("protest", out _));
    }
}
