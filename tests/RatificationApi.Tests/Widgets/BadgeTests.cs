using System.Globalization;
using System.Net;
using System.Xml.Linq;
using RatificationApi.Tests.Infrastructure;
using RatificationApi.Widgets;
using static RatificationApi.Tests.Infrastructure.HttpAssert;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

public class BadgeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private readonly HttpClient _client = factory.CreateClient();

    private async Task<XElement> GetBadge(string url)
    {
        var response = await Get(_client, url);
        Assert.Equal("image/svg+xml", response.MediaType);
        return XDocument.Parse(response.Body).Root!;
    }

    private static double Number(XElement element, string attribute) =>
        double.Parse(element.Attribute(attribute)?.Value ?? "0", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Badge_CedawFrance_TwoPartsWithAccessibleTitle()
    {
        var svg = await GetBadge("/badges/cedaw/FRA.svg");

        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("img", svg.Attribute("role")!.Value);
        Assert.Equal("en", svg.Attribute("lang")!.Value);
        Assert.Equal("France — CEDAW: party since 1983", svg.Element(Svg + "title")!.Value);
        var texts = svg.Descendants(Svg + "text").Select(t => t.Value).ToList();
        Assert.Equal(["CEDAW", "party since 1983"], texts);
    }

    [Fact]
    public async Task Badge_Width_IsTheSumOfItsTwoParts()
    {
        var svg = await GetBadge("/badges/trafficking-protocol/USA.svg?lang=ru");

        var rects = svg.Descendants(Svg + "rect").Where(r => r.Attribute("class") is not null).ToList();
        Assert.Equal(2, rects.Count);
        Assert.Equal(Number(svg, "width"), rects.Sum(r => Number(r, "width")), 3);
        Assert.Equal($"0 0 {svg.Attribute("width")!.Value} 20", svg.Attribute("viewBox")!.Value);
        Assert.Equal(["Протокол о торговле людьми", "участник с 2005 г."], svg.Descendants(Svg + "text").Select(t => t.Value).ToList());
    }

    [Theory]
    [InlineData("trafficking-protocol", "fr", "Protocole relatif à la traite des personnes", "fr")]
    [InlineData("trafficking-protocol", "zh", "打击人口贩运议定书", "zh")]
    [InlineData("untoc", "es", "Convención contra la Delincuencia Organizada", "es")]
    [InlineData("untoc", "ar", "اتفاقية الجريمة المنظمة", "ar")]
    [InlineData("cedaw", "fr", "CEDAW", "en")]
    [InlineData("untoc", "ru", "UNTOC", "en")]
    [InlineData("trafficking-protocol", "en", "Trafficking Protocol", "en")]
    public async Task Badge_Label_ShortNameOfTheLanguageAskedWhereASourceGivesOneElseEnglishMarkedSo(string instrument, string lang, string label, string labelLang)
    {
        var svg = await GetBadge($"/badges/{instrument}/FRA.svg?lang={lang}");

        var text = svg.Descendants(Svg + "text").First();
        Assert.Equal(label, text.Value);
        Assert.Equal(labelLang, text.Attribute("lang")!.Value);
    }

    [Theory]
    [InlineData("cedaw", "USA", "en", "signatory since 1980")]
    [InlineData("cedaw", "IRN", "en", "not a party")]
    [InlineData("cedaw", "IRN", "fr", "non partie")]
    [InlineData("cedaw", "USA", "zh", "1980年签署")]
    [InlineData("opsc", "IRN", "es", "parte desde 2007")]
    [InlineData("slavery-convention-1956", "FRA", "en", "party since 1964")]
    public async Task Badge_Status_InTheLanguageAskedFor(string instrument, string code, string lang, string message)
    {
        var svg = await GetBadge($"/badges/{instrument}/{code}.svg?lang={lang}");

        Assert.Equal(message, svg.Descendants(Svg + "text").Last().Value);
    }

    [Fact]
    public async Task Badge_Arabic_MessageRightToLeftOnTheLeftLabelOnTheRight()
    {
        var svg = await GetBadge("/badges/cedaw/FRA.svg?lang=ar");

        var label = svg.Descendants(Svg + "rect").Single(r => r.Attribute("class")?.Value == "label");
        var message = svg.Descendants(Svg + "rect").Single(r => r.Attribute("class")?.Value == "message");
        Assert.True(Number(label, "x") > Number(message, "x"));
        var text = svg.Descendants(Svg + "text").Single(t => t.Attribute("class")?.Value == "message");
        Assert.Equal("rtl", text.Attribute("direction")!.Value);
        Assert.Equal("طرف منذ 1983", text.Value);
        Assert.Equal("فرنسا — CEDAW: طرف منذ 1983", svg.Element(Svg + "title")!.Value);
    }

    [Fact]
    public async Task Badge_DarkTheme_OtherColours()
    {
        var light = await GetBadge("/badges/cedaw/FRA.svg");
        var dark = await GetBadge("/badges/cedaw/FRA.svg?theme=dark");

        string Fill(XElement svg) => svg.Descendants(Svg + "rect").Single(r => r.Attribute("class")?.Value == "message").Attribute("fill")!.Value;
        Assert.NotEqual(Fill(light), Fill(dark));
    }

    [Fact]
    public void TextWidth_CjkWiderThanTheSameNumberOfLatinOrCyrillicCharacters()
    {
        Assert.True(Badge.TextWidth("缔约方缔约方") > Badge.TextWidth("abcdef"));
        Assert.True(Badge.TextWidth("缔约方缔约方") > Badge.TextWidth("ABCDEF"));
        Assert.True(Badge.TextWidth("缔约方缔约方") > Badge.TextWidth("участн"));
        Assert.Equal(6 * Badge.FontSize, Badge.TextWidth("缔约方缔约方"));
        // Arabic vowel marks take no room of their own.
        Assert.Equal(Badge.TextWidth("موقع"), Badge.TextWidth("موقِّع"));
    }

    [Fact]
    public void Render_CjkMessage_WiderBadgeThanLatinMessageOfSameLength()
    {
        var colors = new StatusColors("#ffffff", "#000000");
        var cjk = XDocument.Parse(Badge.Render(new BadgeText("CEDAW", "en", "缔约方缔约方", "zh"), "t", colors, colors)).Root!;
        var latin = XDocument.Parse(Badge.Render(new BadgeText("CEDAW", "en", "partys", "en"), "t", colors, colors)).Root!;

        Assert.True(Number(cjk, "width") > Number(latin, "width"));
    }

    [Theory]
    [InlineData("/badges/cedaw/FRA.svg?lang=xx", "lang")]
    [InlineData("/badges/cedaw/FRA.svg?theme=neon", "theme")]
    [InlineData("/badges/cedaw/FRANCE.svg", "code")]
    [InlineData("/badges/ced_aw/FRA.svg", "id")]
    public async Task Badge_BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}'");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("/badges/nope/FRA.svg", "'nope'")]
    [InlineData("/badges/cedaw/XYZ.svg", "'XYZ'")]
    public async Task Badge_Unknown_404Problem(string url, string mentions)
    {
        await GetProblem(_client, url, HttpStatusCode.NotFound, mentions);
    }
}
