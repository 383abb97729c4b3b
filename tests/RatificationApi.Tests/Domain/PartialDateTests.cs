using RatificationApi.Domain;

namespace RatificationApi.Tests.Domain;

public class PartialDateTests
{
    [Theory]
    [InlineData("2014-08-14", DatePrecision.Day, "2014-08-14", "2014-08-14")]
    [InlineData("2014-08", DatePrecision.Month, "2014-08-01", "2014-08-31")]
    [InlineData("2016-02", DatePrecision.Month, "2016-02-01", "2016-02-29")]
    [InlineData("2016", DatePrecision.Year, "2016-01-01", "2016-12-31")]
    public void TryParse_KnownParts_IntervalOfDays(string text, DatePrecision precision, string start, string end)
    {
        Assert.True(PartialDate.TryParse(text, out var date));

        Assert.Equal(precision, date.Precision);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), date.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), date.End);
        Assert.Equal(text, date.ToIsoString());
    }

    [Fact]
    public void TryParse_Empty_Unknown()
    {
        Assert.True(PartialDate.TryParse("", out var date));

        Assert.Equal(DatePrecision.Unknown, date.Precision);
        Assert.Null(date.ToIsoString());
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("2023-13")]
    [InlineData("99999-01-01")]
    [InlineData("14 Aug 2014")]
    [InlineData("2014-8-1")]
    [InlineData("20140814")]
    public void TryParse_NotADate_False(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void CompareKnown_OverlappingPartialDates_CannotTell()
    {
        Assert.Null(PartialDate.CompareKnown(PartialDate.Parse("2015-06"), PartialDate.Parse("2015-06-10")));
        Assert.Equal(-1, PartialDate.CompareKnown(PartialDate.Parse("2015-05"), PartialDate.Parse("2015-06-10")));
        Assert.Equal(0, PartialDate.CompareKnown(PartialDate.Parse("2015-06-10"), PartialDate.Parse("2015-06-10")));
        Assert.Null(PartialDate.CompareKnown(PartialDate.Unknown, PartialDate.Parse("2015-06-10")));
    }
}
