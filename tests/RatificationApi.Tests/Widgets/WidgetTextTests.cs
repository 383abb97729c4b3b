using System.Globalization;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.Widgets;

namespace RatificationApi.Tests.Widgets;

/// <summary>The words, dates and colours of the widgets, without HTTP.</summary>
public class WidgetTextTests
{
    public static TheoryData<string> Keys => [.. UiText.Keys];

    [Theory]
    [MemberData(nameof(Keys))]
    public void UiText_EveryKey_InAllSixLanguages(string key)
    {
        Assert.True(UiText.IsComplete(key), $"'{key}' lacks a language.");
    }

    [Theory]
    [InlineData("en", "14 December 1983")]
    [InlineData("fr", "14 décembre 1983")]
    [InlineData("es", "14 de diciembre de 1983")]
    [InlineData("ru", "14 декабря 1983 г.")]
    [InlineData("zh", "1983年12月14日")]
    [InlineData("ar", "14 كانون الأول/ديسمبر 1983")]
    public void Day_EachLanguage_ItsOwnForm(string lang, string expected)
    {
        Assert.Equal(expected, LocalDates.Day(new DateOnly(1983, 12, 14), lang));
    }

    [Fact]
    public void Day_FirstOfTheMonthInFrench_Premier()
    {
        Assert.Equal("1er juillet 2002", LocalDates.Day(new DateOnly(2002, 7, 1), "fr"));
    }

    [Theory]
    [InlineData("2020-06", "en", "since June 2020")]
    [InlineData("2020-06", "fr", "depuis juin 2020")]
    [InlineData("2020-06", "es", "desde junio de 2020")]
    [InlineData("2020-06", "ru", "с июня 2020 г.")]
    [InlineData("2020-06", "zh", "自2020年6月起")]
    [InlineData("2020-06", "ar", "منذ حزيران/يونيه 2020")]
    [InlineData("2020-06-15", "fr", "depuis le 15 juin 2020")]
    [InlineData("2020-06-15", "es", "desde el 15 de junio de 2020")]
    [InlineData("2020", "ru", "с 2020 г.")]
    [InlineData("2020", "zh", "自2020年起")]
    public void Since_EachPrecision_WithThePrecisionTheDataHas(string date, string lang, string expected)
    {
        Assert.Equal(expected, LocalDates.Since(PartialDate.Parse(date), lang));
    }

    [Fact]
    public void Since_Undated_Null()
    {
        Assert.Null(LocalDates.Since(PartialDate.Unknown, "en"));
    }

    [Fact]
    public void InvariantGlobalization_NoCultureData_SoMonthNamesAreOurOwn()
    {
        // Why LocalDates keeps its own month names: with InvariantGlobalization a French culture either
        // cannot be created or formats like the invariant one.
        string? french = null;
        try
        {
            french = new DateTime(1983, 12, 14).ToString("MMMM", new CultureInfo("fr"));
        }
        catch (CultureNotFoundException)
        {
        }

        Assert.NotEqual("décembre", french);
    }

    [Fact]
    public void Contrast_BlackOnWhite_21()
    {
        Assert.Equal(21, Contrast.Ratio("#000000", "#ffffff"), 6);
        Assert.Equal(1, Contrast.Ratio("#777777", "#777777"), 6);
        // A known value: #767676 on white is the lightest grey that passes AA (4.54:1).
        Assert.Equal(4.54, Contrast.Ratio("#767676", "#ffffff"), 2);
    }

    public static TheoryData<string, string, string, string> WidgetColourPairs()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var theme in Palette.Themes)
        {
            foreach (var (name, foreground, background) in Palette.Of(Palette.ThemeOf(theme)).TextPairs())
            {
                data.Add($"widget {theme}", name, foreground, background);
            }

            foreach (var (name, foreground, background) in BadgePalette.Of(Palette.ThemeOf(theme)).TextPairs())
            {
                data.Add($"badge {theme}", name, foreground, background);
            }
        }

        // The embed page's button: white on the link colour.
        data.Add("embed", "button", "#ffffff", Palette.Light.Link);
        return data;
    }

    [Theory]
    [MemberData(nameof(WidgetColourPairs))]
    public void Colours_EveryTextOnItsBackground_WcagAA(string where, string name, string foreground, string background)
    {
        var ratio = Contrast.Ratio(foreground, background);

        Assert.True(ratio >= 4.5, $"{where} {name}: {foreground} on {background} is {ratio:0.00}:1, below 4.5:1.");
    }

    [Fact]
    public void Detail_PartyUndated_SaysTheDateIsUnknownAndTheAct()
    {
        var consent = new TreatyAction(ActionKind.Accession, PartialDate.Unknown, Recorded.Unknown, "test");
        var status = new StatusOnDate(TreatyStatus.Party, null, consent, null, null, Recorded.Unknown, false, [consent]);

        Assert.Equal("(date unknown) (accession)", StateWidget.Detail(status, "en", compact: false));
        Assert.Equal("(date unknown)", StateWidget.Detail(status, "en", compact: true));
        Assert.Equal("party", Badge.Message(status, "en"));
    }
}
