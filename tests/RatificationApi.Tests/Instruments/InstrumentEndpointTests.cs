using System.Net;
using System.Net.Http.Headers;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Instruments;

public class InstrumentEndpointTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListInstruments_Default_FiveInOrderWithCountsAndCoverage()
    {
        var body = await GetJson(_client, "/v1/instruments");

        var items = body.GetProperty("items");
        Assert.Equal(["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956"], Codes(items, "id"));
        Assert.All(items.EnumerateArray(), i =>
        {
            Assert.True(i.GetProperty("counts").GetProperty("parties").GetInt32() > 100);
            Assert.Matches("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", i.GetProperty("coverage").GetProperty("completeAsAt").GetString());
        });
        Assert.Equal(factory.TodayText, body.GetProperty("asOf").GetString());
    }

    [Theory]
    [InlineData("cedaw")]
    [InlineData("CEDAW")]
    [InlineData("IV-8")]
    [InlineData("iv-8")]
    public async Task GetInstrument_IdOrMtdsgInAnyCase_SameInstrument(string id)
    {
        var body = await GetJson(_client, $"/v1/instruments/{id}");

        Assert.Equal("cedaw", body.GetProperty("id").GetString());
        Assert.Equal("IV-8", body.GetProperty("mtdsg").GetString());
    }

    [Fact]
    public async Task GetInstrument_Cedaw_MetadataAndCountsMatchTheDepositaryPage()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw");

        // The depositary's page as at 2026-02-03 states 99 signatories and 189 parties.
        Assert.Equal(189, body.GetProperty("counts").GetProperty("parties").GetInt32());
        Assert.Equal(99, body.GetProperty("counts").GetProperty("signatories").GetInt32());
        Assert.Equal("1979-12-18", body.GetProperty("adopted").GetString());
        Assert.Equal("1981-09-03", body.GetProperty("entryIntoForce").GetString());
        Assert.Equal("P30D", body.GetProperty("entryIntoForceRule").GetProperty("offsetAfterDeposit").GetString());
        Assert.Equal(1249, body.GetProperty("unts").GetProperty("volume").GetInt32());
        Assert.Equal(20378, body.GetProperty("unts").GetProperty("registrationNumber").GetInt32());
        var coverage = body.GetProperty("coverage");
        Assert.Equal("2026-02-03", coverage.GetProperty("completeAsAt").GetString());
        Assert.Equal(189, coverage.GetProperty("stated").GetProperty("parties").GetInt32());
        Assert.Equal(0, coverage.GetProperty("partiesUnidentified").GetInt32());
    }

    [Fact]
    public async Task GetInstrument_TraffickingProtocol_ParentAndUnidentifiedParties()
    {
        var body = await GetJson(_client, "/v1/instruments/trafficking-protocol");

        Assert.Equal("untoc", body.GetProperty("parent").GetString());
        var coverage = body.GetProperty("coverage");
        Assert.Equal(182, coverage.GetProperty("stated").GetProperty("parties").GetInt32());
        Assert.Equal("2024-04-20", coverage.GetProperty("stated").GetProperty("asAt").GetString());
        Assert.True(coverage.GetProperty("partiesUnidentified").GetInt32() >= 1);
    }

    [Theory]
    [InlineData("zh", "消除对妇女一切形式歧视公约")]
    [InlineData("ru", "Конвенция о ликвидации всех форм дискриминации в отношении женщин")]
    [InlineData("en", "Convention on the Elimination of All Forms of Discrimination against Women")]
    public async Task GetInstrument_Lang_TitleInThatLanguage(string lang, string title)
    {
        var body = await GetJson(_client, $"/v1/instruments/cedaw?lang={lang}");

        Assert.Equal(title, body.GetProperty("title").GetString());
        Assert.Equal(lang, body.GetProperty("titleLang").GetString());
    }

    [Theory]
    [InlineData("trafficking-protocol", "fr", "Protocole relatif à la traite des personnes")]
    [InlineData("trafficking-protocol", "zh", "打击人口贩运议定书")]
    [InlineData("untoc", "es", "Convención contra la Delincuencia Organizada")]
    [InlineData("cedaw", "en", "CEDAW")]
    [InlineData("cedaw", "ru", null)]
    [InlineData("slavery-convention-1956", "ar", null)]
    public async Task GetInstrument_Lang_LocalShortNameWhereASourceGivesOneElseNull(string id, string lang, string? shortName)
    {
        var body = await GetJson(_client, $"/v1/instruments/{id}?lang={lang}");

        var local = body.GetProperty("localShortName");
        Assert.Equal(shortName, local.ValueKind == System.Text.Json.JsonValueKind.Null ? null : local.GetString());
        // The English short name stays as it was, whatever the language.
        Assert.False(string.IsNullOrEmpty(body.GetProperty("shortName").GetString()));
    }

    [Fact]
    public async Task GetInstrument_AcceptLanguage_UsedWhenNoLangAndAnswerSaysWhich()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/instruments/cedaw");
        request.Headers.AcceptLanguage.ParseAdd("de-CH, fr-CA;q=0.8, en;q=0.5");

        using var response = await _client.SendAsync(request);

        var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("fr", body.GetProperty("titleLang").GetString());
        Assert.Equal(["fr"], response.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    [Fact]
    public async Task GetInstrument_Unknown_404NamingTheKnownIds()
    {
        var problem = await GetProblem(_client, "/v1/instruments/palermo", HttpStatusCode.NotFound, "'palermo'");

        Assert.Equal("Instrument not found", problem.GetProperty("title").GetString());
        Assert.Contains("cedaw (IV-8)", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/v1/instruments/ced%20aw", "id")]
    [InlineData("/v1/instruments/cedaw?lang=de", "lang")]
    [InlineData("/v1/instruments?lang=EN", "lang")]
    [InlineData("/v1/instruments/cedaw/participants?status=parties", "status")]
    [InlineData("/v1/instruments/cedaw/gaps?lang=xx", "lang")]
    public async Task Instruments_BadParameter_400NamingItAndWhatIsAllowed(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}' must be");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Fact]
    public async Task ListParticipants_StatusParty_OnlyPartiesWithConsent()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/participants?status=party");

        var items = body.GetProperty("items");
        Assert.Equal(189, body.GetProperty("count").GetInt32());
        Assert.Equal(189, items.GetArrayLength());
        Assert.All(items.EnumerateArray(), i =>
        {
            Assert.Equal("party", i.GetProperty("status").GetString());
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, i.GetProperty("consent").ValueKind);
            Assert.NotEmpty(i.GetProperty("sources").EnumerateArray());
        });
    }

    [Fact]
    public async Task ListParticipants_StatusSignatory_TheTwoCedawSignatories()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/participants?status=signatory");

        Assert.Equal(["PLW", "USA"], Codes(body.GetProperty("items"), "state"));
    }

    [Fact]
    public async Task ListParticipants_NoFilter_EveryParticipantWithAnAction()
    {
        var body = await GetJson(_client, "/v1/instruments/untoc/participants");

        Assert.Equal(body.GetProperty("count").GetInt32(), body.GetProperty("items").GetArrayLength());
        Assert.Contains("EU", Codes(body.GetProperty("items"), "state"));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("status").ValueKind);
    }

    [Fact]
    public async Task ListGaps_Cedaw_UnMemberStatesNotPartiesWithSignatures()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/gaps");

        // 193 members - 187 member parties (the Holy See is not a member; Palestine is an observer).
        var items = body.GetProperty("items");
        Assert.Equal(["IRN", "PLW", "SDN", "SOM", "TON", "USA"], Codes(items, "state"));
        Assert.Equal(6, body.GetProperty("count").GetInt32());
        Assert.Equal(2, body.GetProperty("signedCount").GetInt32());
        var usa = items.EnumerateArray().Single(i => i.GetProperty("state").GetString() == "USA");
        Assert.Equal("signatory", usa.GetProperty("status").GetString());
        Assert.Equal("1980-07-17", usa.GetProperty("signed").GetString());
        var iran = items.EnumerateArray().Single(i => i.GetProperty("state").GetString() == "IRN");
        Assert.Equal(System.Text.Json.JsonValueKind.Null, iran.GetProperty("signed").ValueKind);
    }

    [Fact]
    public async Task ListGaps_NonMembers_NeverListed()
    {
        foreach (var id in new[] { "untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956" })
        {
            var body = await GetJson(_client, $"/v1/instruments/{id}/gaps");

            var codes = Codes(body.GetProperty("items"), "state");
            Assert.DoesNotContain("VAT", codes);
            Assert.DoesNotContain("PSE", codes);
            Assert.DoesNotContain("EU", codes);
            Assert.DoesNotContain("COK", codes);
        }
    }

    [Fact]
    public async Task ListGaps_CountsAddUpWithInstrumentCounts()
    {
        var instrument = await GetJson(_client, "/v1/instruments/slavery-convention-1956");
        var gaps = await GetJson(_client, "/v1/instruments/slavery-convention-1956/gaps");

        var memberParties = instrument.GetProperty("counts").GetProperty("unMemberParties").GetInt32();
        Assert.Equal(193 - memberParties, gaps.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task GetInstrument_Json_CamelCaseAndJsonContentType()
    {
        using var response = await _client.GetAsync(new Uri("/v1/instruments/opsc", UriKind.Relative));

        // No charset: RFC 8259 defines none for application/json (JsonMediaType).
        Assert.Equal(new MediaTypeHeaderValue("application/json"), response.Content.Headers.ContentType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"shortName\":\"OPSC\"", text, StringComparison.Ordinal);
        Assert.Contains("\"entryIntoForceRule\":{", text, StringComparison.Ordinal);
    }
}
