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
