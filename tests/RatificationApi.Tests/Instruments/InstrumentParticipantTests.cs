using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Instruments;

/// <summary>
/// GET /v1/instruments/{id}/participants/{code}, against the real data. The texts were read by hand in the depositary's
/// files (../shared/data/mtdsg: IV-11-c.en.xml of 2018; IV-8.ViewDetails.2026-02-03.html).
/// </summary>
public class InstrumentParticipantTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private const string OpscPage = "mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/crc_op_sc.html";
    private const string CedawPage = "mgaldino/treaties-ideal-point@746a24f:data/raw/un_hr_treaties/html/cedaw.html";

    private readonly HttpClient _client = factory.CreateClient();

    private static void AssertJson(string expected, JsonElement actual) =>
        Assert.True(
            JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual.GetRawText())),
            $"Expected:{Environment.NewLine}{JsonNode.Parse(expected)!.ToJsonString()}{Environment.NewLine}Actual:{Environment.NewLine}{actual.GetRawText()}");

    private static JsonElement Single(JsonElement items, Func<JsonElement, bool> predicate) =>
        Assert.Single(items.EnumerateArray(), i => predicate(i));

    [Fact]
    public async Task GetParticipant_LaoUnderOpsc_WholeRecord()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/LAO");

        // IV-11-c.en.xml: "Lao People's Democratic Republic ... 20 Sep 2006 a"; Declarations: "Reservation:" and the text below.
        AssertJson($$"""
            {"instrument":"opsc","state":"LAO","stateName":"Lao People's Democratic Republic","asOf":"{{factory.TodayText}}",
             "status":{"instrument":"opsc","instrumentShortName":"OPSC","state":"LAO","stateName":"Lao People's Democratic Republic",
                       "status":"party","signed":null,
                       "consent":{"kind":"accession","date":"2006-09-20","datePrecision":"day","basis":"depositary"},
                       "withdrawn":null,"inForceFrom":"2006-10-20","reservationsOrDeclarations":"yes",
                       "statements":{"reservations":1,"declarations":0,"reservationsAndDeclarations":0,"unclassified":0,"objections":0,
                                     "territorialApplications":0,"objectionsReceived":0},
                       "dateUncertain":false,"sources":["{{OpscPage}}"]},
             "actions":[{"kind":"accession","date":"2006-09-20","datePrecision":"day","basis":"depositary","reservationsOrDeclarations":"yes",
                         "sources":["{{OpscPage}}"],"notes":"named in the Declarations and Reservations section"}],
             "statements":[{"state":"LAO","kind":"reservation","occasion":"accession","date":null,"datePrecision":"unknown","target":null,
                            "heading":"Reservation:",
                            "text":"\"The Lao People's Democratic Republic [...] does not consider itself bound by Article 5 (2) of the said Optional Protocol.\"",
                            "basis":"depositary","sources":["{{OpscPage}}"],"notes":null}],
             "objectionsReceived":[]}
            """, body);
    }

    [Fact]
    public async Task GetParticipant_BelgiumUnderOpsc_DeclarationsUponSignatureAndRatificationInTheDepositarysWords()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/BEL");

        var statements = body.GetProperty("statements");
        Assert.Equal(["signature", "ratification"], Codes(statements, "occasion"));
        Assert.All(statements.EnumerateArray(), s => Assert.Equal("declaration", s.GetProperty("kind").GetString()));
        Assert.Equal("Upon signature: Declaration:", statements[0].GetProperty("heading").GetString());
        Assert.Equal(
            "This signature is equally binding on the French community, the Flemish community and the German-speaking community.",
            statements[0].GetProperty("text").GetString());
        Assert.StartsWith("The expression 'child pornography' is understood to mean the visual representation of a child", statements[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Equal(2, body.GetProperty("status").GetProperty("statements").GetProperty("declarations").GetInt32());
        Assert.Equal(["signature", "ratification"], Codes(body.GetProperty("actions"), "kind"));
    }

    [Fact]
    public async Task GetParticipant_AustriaUnderOpsc_ObjectionWithItsDateAndTarget()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/AUT");

        // IV-11-c.en.xml, Objections: Austria, "<right>4 Octobre 2002</right>", "With regard to the reservation made by Qatar upon accession:".
        var objection = Assert.Single(body.GetProperty("statements").EnumerateArray());
        Assert.Equal(
            ("objection", "2002-10-04", "day", "QAT", "With regard to the reservation made by Qatar upon accession:"),
            (objection.GetProperty("kind").GetString(), objection.GetProperty("date").GetString(), objection.GetProperty("datePrecision").GetString(),
                objection.GetProperty("target").GetString(), objection.GetProperty("heading").GetString()));
        Assert.Equal(JsonValueKind.Null, objection.GetProperty("occasion").ValueKind);
        var text = objection.GetProperty("text").GetString()!;
        Assert.StartsWith("\"The Government of Austria has examined the reservation to the Optional Protocol", text, StringComparison.Ordinal);
        Assert.Contains("\nFor these reasons, the Government of Austria objects to this reservation made by the Government of Qatar.\n", text, StringComparison.Ordinal);
        Assert.Equal(1, body.GetProperty("status").GetProperty("statements").GetProperty("objections").GetInt32());
    }

    [Fact]
    public async Task GetParticipant_QatarUnderOpsc_SixObjectionsReceivedAndItsEntryPointingToTheEndNotes()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/qa");

        Assert.Equal("QAT", body.GetProperty("state").GetString());
        var received = body.GetProperty("objectionsReceived");
        Assert.Equal(["AUT", "DEU", "ESP", "FRA", "NOR", "SWE"], Codes(received, "state"));
        Assert.All(received.EnumerateArray(), o => Assert.Equal("QAT", o.GetProperty("target").GetString()));
        Assert.Equal(6, body.GetProperty("status").GetProperty("statements").GetProperty("objectionsReceived").GetInt32());
        var entry = Assert.Single(body.GetProperty("statements").EnumerateArray());
        Assert.Equal(("unclassified", JsonValueKind.Null), (entry.GetProperty("kind").GetString(), entry.GetProperty("text").ValueKind));
        Assert.Equal("the entry has no text in the section; see end note(s) 10, 11 of the file", entry.GetProperty("notes").GetString());
    }

    [Fact]
    public async Task GetParticipant_QatarOnAPastDate_OnlyWhatWasMadeByThenAndCountsEqualTheLists()
    {
        // Germany objected on 21 March 2002 and France on 18 June 2002; the other four later that year.
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/QAT?asOf=2002-06-30");

        Assert.Equal(["DEU", "FRA"], Codes(body.GetProperty("objectionsReceived"), "state"));
        var counts = body.GetProperty("status").GetProperty("statements");
        Assert.Equal(2, counts.GetProperty("objectionsReceived").GetInt32());
        Assert.Equal(0, counts.GetProperty("unclassified").GetInt32());
        Assert.Empty(body.GetProperty("statements").EnumerateArray());
        Assert.Equal(["accession"], Codes(body.GetProperty("actions"), "kind"));
    }

    [Fact]
    public async Task GetParticipant_BeforeItActed_StatusNoneAndEmptyLists()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/LAO?asOf=2006-01-01");

        Assert.Equal("none", body.GetProperty("status").GetProperty("status").GetString());
        Assert.Empty(body.GetProperty("actions").EnumerateArray());
        Assert.Empty(body.GetProperty("statements").EnumerateArray());
    }

    [Fact]
    public async Task GetParticipant_ArgentinaUnderCedaw_ReservationReadFromTheStatusPage()
    {
        var body = await GetJson(_client, "/v1/instruments/IV-8/participants/ARG");

        // The page: Argentina, "<i>Reservation:</i>", then the text; Argentina ratified on 15 Jul 1985.
        var reservation = Single(body.GetProperty("statements"), s => s.GetProperty("kind").GetString() == "reservation");
        Assert.Equal(
            ("ratification", "Reservation:", CedawPage),
            (reservation.GetProperty("occasion").GetString(), reservation.GetProperty("heading").GetString(), reservation.GetProperty("sources")[0].GetString()));
        Assert.Equal(
            "The Government of Argentina declares that it does not consider itself bound by article 29, paragraph 1, of the Convention on the Elimination of All Forms of Discrimination against Women.",
            reservation.GetProperty("text").GetString());
    }

    [Fact]
    public async Task GetParticipant_AlgeriaUnderCedaw_ArticleSubHeadingsKeptInTheText()
    {
        var body = await GetJson(_client, "/v1/instruments/cedaw/participants/DZA");

        var reservation = Single(body.GetProperty("statements"), s => s.GetProperty("kind").GetString() == "reservation");
        var lines = reservation.GetProperty("text").GetString()!.Split('\n');
        Assert.Equal("Article 2:", lines[0]);
        Assert.StartsWith("The Government of the People's Democratic Republic of Algeria declares that it is prepared to apply the provisions of this article", lines[1], StringComparison.Ordinal);
        Assert.Contains("Article 29:", lines);
        Assert.True(body.GetProperty("objectionsReceived").GetArrayLength() >= 2);
    }

    [Fact]
    public async Task GetParticipant_BhutanUnderTheProtocol_PressReportedReservationWithoutText()
    {
        var body = await GetJson(_client, "/v1/instruments/trafficking-protocol/participants/BTN");

        var reservation = Assert.Single(body.GetProperty("statements").EnumerateArray());
        Assert.Equal(("reservation", "secondary", JsonValueKind.Null), (reservation.GetProperty("kind").GetString(), reservation.GetProperty("basis").GetString(), reservation.GetProperty("text").ValueKind));
        Assert.Contains("Business Bhutan", reservation.GetProperty("notes").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetParticipant_Lang_NamesInThatLanguage()
    {
        var body = await GetJson(_client, "/v1/instruments/opsc/participants/BEL?lang=fr");

        Assert.Equal("Belgique", body.GetProperty("stateName").GetString());
        Assert.Equal("Belgique", body.GetProperty("status").GetProperty("stateName").GetString());
    }

    [Fact]
    public async Task GetParticipant_UnknownInstrument_404NamingTheKnownIds()
    {
        var problem = await GetProblem(_client, "/v1/instruments/palermo/participants/FRA", HttpStatusCode.NotFound, "'palermo'");

        Assert.Equal("Instrument not found", problem.GetProperty("title").GetString());
    }

    [Fact]
    public async Task GetParticipant_UnknownCode_404()
    {
        var problem = await GetProblem(_client, "/v1/instruments/cedaw/participants/XX", HttpStatusCode.NotFound, "'XX'");

        Assert.Equal("State not found", problem.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData("/v1/instruments/cedaw/participants/F1", "code")]
    [InlineData("/v1/instruments/cedaw/participants/FRANCE", "code")]
    [InlineData("/v1/instruments/ced%20aw/participants/FRA", "id")]
    [InlineData("/v1/instruments/cedaw/participants/FRA?asOf=2020-02-30", "asOf")]
    [InlineData("/v1/instruments/cedaw/participants/FRA?asOf=2999-01-01", "asOf")]
    [InlineData("/v1/instruments/cedaw/participants/FRA?lang=de", "lang")]
    public async Task GetParticipant_BadParameter_400NamingIt(string url, string parameter)
    {
        var problem = await GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}' must");

        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _));
    }

    [Theory]
    [InlineData("cedaw")]
    [InlineData("opsc")]
    [InlineData("trafficking-protocol")]
    [InlineData("slavery-convention-1956")]
    [InlineData("untoc")]
    public async Task ListParticipants_StatementCounts_AddUpToTheRowsOfReservationsCsv(string instrument)
    {
        var rows = DataSetLoader.Load(TestPaths.RepositoryData, factory.Today).Reservations.Where(r => r.Instrument == instrument).ToList();

        var body = await GetJson(_client, $"/v1/instruments/{instrument}/participants");

        var counts = body.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("statements")).ToList();
        int Sum(string field) => counts.Sum(c => c.GetProperty(field).GetInt32());
        Assert.Equal(rows.Count, Sum("reservations") + Sum("declarations") + Sum("reservationsAndDeclarations") + Sum("unclassified") + Sum("objections") + Sum("territorialApplications"));
        Assert.Equal(rows.Count(r => r.Kind == "objection"), Sum("objections"));
        Assert.Equal(rows.Count(r => r.Target.Length > 0), Sum("objectionsReceived"));
    }
}
