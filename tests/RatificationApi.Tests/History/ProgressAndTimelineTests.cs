using System.Net;
using System.Xml.Linq;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.History;

public class ProgressAndTimelineTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Progress_Default_SinceResolution63194UntilToday()
    {
        var body = await GetJson(_client, "/v1/instruments/trafficking-protocol/progress");

        Assert.Equal("2008-12-18", body.GetProperty("from").GetString());
        // 124 parties on 2008-12-18 (from the 2018 XML), 180 today: 56 joined, all with a date known to fall after.
        Assert.Equal(56, body.GetProperty("count").GetInt32());
        var japan = body.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("state").GetString() == "JPN");
        Assert.Equal("acceptance", japan.GetProperty("kind").GetString());
        Assert.Equal("2017-07-11", japan.GetProperty("date").GetString());
        Assert.Empty(body.GetProperty("undetermined").EnumerateArray());
    }

    [Fact]
    public async Task Progress_Window_OnlyThoseWhoJoinedInIt()
    {
        var body = await GetJson(_client, "/v1/instruments/untoc/progress?from=2017-01-01&to=2017-12-31");

        // MOFA Japan (acceptance 2017-07-11) and Fiji (accession 2017-09-19).
        Assert.Equal(["JPN", "FJI"], Codes(body.GetProperty("items"), "state"));
        // The three undated UNTOC parties (DPRK, Palau, Samoa) may have joined in any window.
        Assert.Equal(3, body.GetProperty("undetermined").GetArrayLength());
    }

    [Fact]
    public async Task Progress_MonthPrecisionStraddlingTheWindow_Undetermined()
    {
        var body = await GetJson(_client, "/v1/instruments/trafficking-protocol/progress?from=2020-06-15&to=2020-12-31");

        Assert.DoesNotContain("NPL", Codes(body.GetProperty("items"), "state"));
        Assert.Contains("NPL", Codes(body.GetProperty("undetermined"), "state"));
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw/progress?from=2020-01-01&to=2010-01-01", "from", "'from' must not be after 'to'")]
    [InlineData("/v1/instruments/cedaw/progress?from=2020-13-01", "from", "must be a date that exists")]
    [InlineData("/v1/instruments/cedaw/progress?to=2999-01-01", "to", "must not be in the future")]
    public async Task Progress_BadWindow_400(string url, string parameter, string mentions)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, mentions);

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task Timeline_Cedaw_YearEndCountsFromAdoptionToToday()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/timeline");

        var years = body.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal(1979, years[0].GetProperty("year").GetInt32());
        Assert.Equal(factory.Today.Year, years[^1].GetProperty("year").GetInt32());
        var y2008 = years.Single(y => y.GetProperty("year").GetInt32() == 2008);
        Assert.Equal(185, y2008.GetProperty("parties").GetInt32());
        Assert.Equal(189, years[^1].GetProperty("parties").GetInt32());
        Assert.False(y2008.GetProperty("afterCompleteData").GetBoolean());
        var y1980 = years.Single(y => y.GetProperty("year").GetInt32() == 1980);
        Assert.Contains(y1980.GetProperty("actions").EnumerateArray(), a => a.GetProperty("state").GetString() == "USA" && a.GetProperty("kind").GetString() == "signature");
    }

    [Fact]
    public async Task Timeline_Untoc_UndatedActionsApartAndYearsAfterCompleteDataMarked()
    {
        var body = await GetJson(_client, "/v1/instruments/untoc/timeline");

        Assert.Equal(3, body.GetProperty("undatedActions").GetArrayLength());
        var years = body.GetProperty("years").EnumerateArray().ToList();
        Assert.True(years.Single(y => y.GetProperty("year").GetInt32() == 2020).GetProperty("afterCompleteData").GetBoolean());
        Assert.True(years.Single(y => y.GetProperty("year").GetInt32() == 2020).GetProperty("undetermined").GetInt32() > 0);
        Assert.False(years.Single(y => y.GetProperty("year").GetInt32() == 2010).GetProperty("afterCompleteData").GetBoolean());
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw/timeline?format=csv", null)]
    [InlineData("/v1/instruments/cedaw/timeline", "text/csv")]
    public async Task Timeline_Csv_OneRowPerYear(string url, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("year,as_of,parties,signatories,undetermined,after_complete_data,actions", lines[0]);
        Assert.Equal(factory.Today.Year - 1979 + 2, lines.Length);
        Assert.Contains("\r\n2008,2008-12-31,185,98,0,false,", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimelineChart_Svg_WellFormedWithAccessibleTitle()
    {
        using var response = await _client.GetAsync(new Uri("/v1/instruments/cedaw/timeline.svg?lang=fr", UriKind.Relative));

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", svg.Root!.Name);
        Assert.Equal("img", svg.Root.Attribute("role")!.Value);
        Assert.StartsWith("Convention sur l", svg.Root.Element(ns + "title")!.Value, StringComparison.Ordinal);
        Assert.Contains("Parties: 189", svg.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        Assert.Equal(2, svg.Root.Elements(ns + "polyline").Count());
    }

    [Fact]
    public async Task TimelineChart_UnknownInstrument_404Problem()
    {
        await GetProblem(_client, "/v1/instruments/nope/timeline.svg", HttpStatusCode.NotFound, "'nope'");
    }
}
