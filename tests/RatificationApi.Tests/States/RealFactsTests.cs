using System.Text.Json;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.States;

/// <summary>
/// Facts read by hand from the source files (../shared/data: the MTDSG XML of 2018, the CEDAW status page
/// of 2026-02-03, the zmjones UNTOC list) and, for entry into force, from independent statements
/// (MOFA Japan, MFA Bhutan, verdragen.nl), checked through the API.
/// </summary>
public class RealFactsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    // UNTOC, zmjones/untreaties treaties/18-12.csv
    [InlineData("untoc", "DEU", "party", "2000-12-12", "ratification", "2006-06-14", "2006-07-14")]
    [InlineData("untoc", "EU", "party", "2000-12-12", "approval", "2004-05-21", "2004-06-20")]
    [InlineData("untoc", "IRN", "signatory", "2000-12-12", null, null, null)]
    // UNTOC, UNODC and MFA Bhutan: accession 2023-02-20, in force for Bhutan 2023-03-22
    [InlineData("untoc", "BTN", "party", null, "accession", "2023-02-20", "2023-03-22")]
    // Trafficking Protocol, MTDSG XVIII-12-a.en.xml (2018); MOFA Japan: in force for Japan 2017-08-10
    [InlineData("trafficking-protocol", "JPN", "party", "2002-12-09", "acceptance", "2017-07-11", "2017-08-10")]
    [InlineData("trafficking-protocol", "ATG", "party", null, "ratification", "2010-02-17", "2010-03-19")]
    [InlineData("trafficking-protocol", "AUS", "party", "2002-12-11", "ratification", "2005-09-14", "2005-10-14")]
    [InlineData("trafficking-protocol", "USA", "party", "2000-12-13", "ratification", "2005-11-03", "2005-12-03")]
    // OPSC, MTDSG IV-11-c.en.xml (2018); verdragen.nl: Bahamas in force 2015-10-28
    [InlineData("opsc", "DEU", "party", "2000-09-06", "ratification", "2009-07-15", "2009-08-15")]
    [InlineData("opsc", "JPN", "party", "2002-05-10", "ratification", "2005-01-24", "2005-02-24")]
    [InlineData("opsc", "USA", "party", "2000-07-05", "ratification", "2002-12-23", "2003-01-23")]
    [InlineData("opsc", "BHS", "party", null, "accession", "2015-09-28", "2015-10-28")]
    // CEDAW, the depositary's page as at 2026-02-03
    [InlineData("cedaw", "KHM", "party", "1980-10-17", "accession", "1992-10-15", "1992-11-14")]
    [InlineData("cedaw", "DEU", "party", "1980-07-17", "ratification", "1985-07-10", "1985-08-09")]
    [InlineData("cedaw", "PLW", "signatory", "2011-09-20", null, null, null)]
    [InlineData("cedaw", "AFG", "party", "1980-08-14", "ratification", "2003-03-05", "2003-04-04")]
    // 1956 Convention, MTDSG XVIII-4.en.xml (2018); in force on the date of deposit (art. 13(2))
    [InlineData("slavery-convention-1956", "AUS", "party", "1956-09-07", "ratification", "1958-01-06", "1958-01-06")]
    [InlineData("slavery-convention-1956", "USA", "party", null, "accession", "1967-12-06", "1967-12-06")]
    [InlineData("slavery-convention-1956", "DEU", "party", "1956-09-07", "ratification", "1959-01-14", "1959-01-14")]
    [InlineData("slavery-convention-1956", "ATG", "party", null, "succession", "1988-10-25", null)]
    [InlineData("slavery-convention-1956", "BIH", "party", null, "succession", "1993-09-01", null)]
    public async Task Status_RealParticipant_MatchesTheSourceFiles(
        string instrument, string state, string status, string? signed, string? kind, string? date, string? inForceFrom)
    {
        var body = await GetJson(_client, $"/v1/states/{state}");

        var item = body.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == instrument);
        Assert.Equal(status, item.GetProperty("status").GetString());
        Assert.Equal(signed, item.GetProperty("signed").GetString());
        Assert.Equal(inForceFrom, item.GetProperty("inForceFrom").GetString());
        if (kind is null)
        {
            Assert.Equal(JsonValueKind.Null, item.GetProperty("consent").ValueKind);
        }
        else
        {
            Assert.Equal(kind, item.GetProperty("consent").GetProperty("kind").GetString());
            Assert.Equal(date, item.GetProperty("consent").GetProperty("date").GetString());
            Assert.Equal("day", item.GetProperty("consent").GetProperty("datePrecision").GetString());
        }
    }

    [Theory]
    // Header counts of the depositary's own lists, as at the date the data is complete.
    [InlineData("trafficking-protocol", 117)]
    [InlineData("opsc", 122)]
    [InlineData("cedaw", 99)]
    [InlineData("slavery-convention-1956", 35)]
    [InlineData("untoc", 147)]
    public async Task Signatories_EachInstrument_AsTheDepositaryCountsThem(string instrument, int signatories)
    {
        var body = await GetJson(_client, $"/v1/instruments/{instrument}");

        Assert.Equal(signatories, body.GetProperty("counts").GetProperty("signatories").GetInt32());
    }

    [Fact]
    public async Task Opsc_CompleteAsAtThePagesStatusDate_WithThePagesCounts()
    {
        // The depositary's OPSC page, "STATUS AS AT : 03-02-2026": "Signatories : 122. Parties : 178".
        var body = await GetJson(_client, "/v1/instruments/opsc");

        var coverage = body.GetProperty("coverage");
        Assert.Equal("2026-02-03", coverage.GetProperty("completeAsAt").GetString());
        Assert.StartsWith("mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/crc_op_sc.html", coverage.GetProperty("completeAsAtSource").GetString(), StringComparison.Ordinal);
        var stated = coverage.GetProperty("stated");
        Assert.Equal((178, 122, "2026-02-03"), (stated.GetProperty("parties").GetInt32(), stated.GetProperty("signatories").GetInt32(), stated.GetProperty("asAt").GetString()));
        Assert.Equal((178, 122), (body.GetProperty("counts").GetProperty("parties").GetInt32(), body.GetProperty("counts").GetProperty("signatories").GetInt32()));
        Assert.Equal(0, coverage.GetProperty("partiesUndated").GetArrayLength());
        Assert.Equal(0, coverage.GetProperty("partiesUnidentified").GetInt32());
    }

    [Theory]
    // The depositary's OPSC page as at 2026-02-03: the four parties since the XML of 2018, each known before only to the year or month.
    [InlineData("opsc", "SSD", null, "accession", "2018-09-27", "depositary")]
    [InlineData("opsc", "MHL", null, "accession", "2019-01-29", "depositary")]
    [InlineData("opsc", "FJI", "2005-09-16", "ratification", "2021-03-09", "depositary")]
    [InlineData("opsc", "SLB", "2009-09-24", "ratification", "2022-05-05", "depositary")]
    // UNTOC, BGBl. III Nr. 232/2014 (the Secretary-General's notifications republished by Austria); the notice names
    // Eritrea's kind of act but not Sierra Leone's or Tonga's, which stay a consent of unstated kind.
    [InlineData("untoc", "ERI", null, "accession", "2014-09-25", "secondary")]
    [InlineData("untoc", "SLE", "2001-11-27", "consent", "2014-08-12", "secondary")]
    [InlineData("untoc", "TON", null, "consent", "2014-10-03", "secondary")]
    // UNTOC, a stored copy of the depositary's page as at 2024-05-04 confirms the date that was inferred.
    [InlineData("untoc", "BRB", "2001-09-26", "ratification", "2014-11-11", "depositary")]
    public async Task Consent_DatedByTheNewSources_ExactDayKindAndBasis(string instrument, string state, string? signed, string kind, string date, string basis)
    {
        var body = await GetJson(_client, $"/v1/states/{state}");

        var item = body.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == instrument);
        var consent = item.GetProperty("consent");
        Assert.Equal("party", item.GetProperty("status").GetString());
        Assert.Equal(signed, item.GetProperty("signed").GetString());
        Assert.Equal(
            (kind, date, "day", basis),
            (consent.GetProperty("kind").GetString(), consent.GetProperty("date").GetString(), consent.GetProperty("datePrecision").GetString(), consent.GetProperty("basis").GetString()));
    }

    [Fact]
    public async Task Untoc_Coverage_StatesTheDepositarys192PartiesAsAt20240504()
    {
        var coverage = (await GetJson(_client, "/v1/instruments/untoc")).GetProperty("coverage");

        var stated = coverage.GetProperty("stated");
        Assert.Equal((192, 147, "2024-05-04"), (stated.GetProperty("parties").GetInt32(), stated.GetProperty("signatories").GetInt32(), stated.GetProperty("asAt").GetString()));
        Assert.StartsWith("http://treaties.un.org/Pages/ShowMTDSGDetails.aspx?src=UNTSONLINE&tabid=3&mtdsg_no=XVIII-12", stated.GetProperty("source").GetString(), StringComparison.Ordinal);

        // 188 parties dated by then and 3 undated (Palau, the DPRK, Samoa): at least one party is not yet named.
        Assert.Equal(["PLW", "PRK", "WSM"], coverage.GetProperty("partiesUndated").EnumerateArray().Select(e => e.GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(1, coverage.GetProperty("partiesUnidentified").GetInt32());
    }

    [Fact]
    public async Task PartialDates_NepalTraffickingProtocol_MonthPrecisionNotAnInventedDay()
    {
        var body = await GetJson(_client, "/v1/states/NPL");

        var tip = body.GetProperty("instruments")[1];
        var consent = tip.GetProperty("consent");
        // Asia Foundation: "Nepal ratified the Palermo Protocol in June 2020"; no source gives the day or the kind of act.
        Assert.Equal("month", consent.GetProperty("datePrecision").GetString());
        Assert.Equal("2020-06", consent.GetProperty("date").GetString());
        Assert.Equal("consent", consent.GetProperty("kind").GetString());
        Assert.Equal("secondary", consent.GetProperty("basis").GetString());
        Assert.Equal(JsonValueKind.Null, tip.GetProperty("inForceFrom").ValueKind);
    }
}
