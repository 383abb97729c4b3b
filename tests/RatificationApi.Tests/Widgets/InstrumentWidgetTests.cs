using System.Net;
using System.Xml.Linq;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

public class InstrumentWidgetTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task InstrumentWidget_Cedaw_CountsAndShareOfUnMembersAsTheApiGivesThem()
    {
        var counts = (await GetJson(_client, "/v1/instruments/cedaw")).GetProperty("counts");
        var members = (await GetJson(_client, "/v1/states?unMember=true")).GetProperty("count").GetInt32();

        var html = await GetHtml(_client, "/widgets/instruments/cedaw");

        var parties = counts.GetProperty("parties").GetInt32();
        var memberParties = counts.GetProperty("unMemberParties").GetInt32();
        Assert.Contains($"<dt>Parties</dt><dd>{parties}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>Signatories</dt><dd>{counts.GetProperty("signatories").GetInt32()}</dd>", html, StringComparison.Ordinal);
        Assert.Contains($"<dt>UN Member States that are parties</dt><dd>{memberParties} of {members} ({memberParties * 100 / members}%)", html, StringComparison.Ordinal);
        Assert.Contains("<h1><a href=\"/v1/instruments/cedaw?lang=en\" target=\"_blank\" rel=\"noopener\">CEDAW</a></h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstrumentWidget_Default_InlineSvgChartOfGrowthWithCaption()
    {
        var html = await GetHtml(_client, "/widgets/instruments/XVIII-12-a?lang=fr");

        var start = html.IndexOf("<svg xmlns=\"http://www.w3.org/2000/svg\"", StringComparison.Ordinal);
        var end = html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length;
        var chart = XDocument.Parse(html[start..end]);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(2, chart.Root!.Elements(ns + "polyline").Count());
        Assert.Equal("0 0 400 240", chart.Root.Attribute("viewBox")!.Value);
        Assert.Contains("<figcaption>Parties et signataires à la fin de chaque année</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task InstrumentWidget_Compact_NoChart()
    {
        var html = await GetHtml(_client, "/widgets/instruments/untoc?compact=true&lang=zh");

        Assert.DoesNotContain("polyline", html, StringComparison.Ordinal);
        Assert.Contains("<dt>缔约方</dt>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>属于缔约方的联合国会员国</dt>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstrumentWidget_Arabic_RightToLeftWithArabicPercent()
    {
        var html = await GetHtml(_client, "/widgets/instruments/cedaw?lang=ar");

        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", html, StringComparison.Ordinal);
        Assert.Contains("من أصل", html, StringComparison.Ordinal);
        Assert.Contains("٪)", html, StringComparison.Ordinal);
        Assert.Contains("اتفاقية القضاء على جميع أشكال التمييز ضد المرأة", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InstrumentWidget_StatesDateOfDataAndCompleteness()
    {
        var html = await GetHtml(_client, "/widgets/instruments/trafficking-protocol");

        Assert.Contains("Data as at ", html, StringComparison.Ordinal);
        Assert.Contains("Depositary records complete as at: 15 January 2018", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/widgets/instruments/cedaw?theme=sepia", "theme")]
    [InlineData("/widgets/instruments/cedaw?lang=pt", "lang")]
    [InlineData("/widgets/instruments/cedaw?compact=1", "compact")]
    [InlineData("/widgets/instruments/ced%20aw", "id")]
    public async Task InstrumentWidget_BadParameter_400ProblemNamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}'");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task InstrumentWidget_UnknownInstrument_404Problem()
    {
        await GetProblem(_client, "/widgets/instruments/nope", HttpStatusCode.NotFound, "'nope'");
    }
}
