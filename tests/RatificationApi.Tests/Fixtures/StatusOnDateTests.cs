using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Fixtures;

/// <summary>
/// One participant's status on a date, through HTTP, for each case the fixture data was written to hold (see its
/// README): every route to being a party, a signatory, a withdrawal, dates known to the month, the year or not at all,
/// and the entry-into-force rules.
/// </summary>
public class StatusOnDateTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Status(string instrument, string code, string? asOf = null) =>
        (await GetJson(_client, $"/v1/instruments/{instrument}/participants/{code}" + (asOf is null ? "" : $"?asOf={asOf}"))).GetProperty("status");

    private static string? Text(JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null : element.GetProperty(property).GetString();

    [Fact]
    public async Task ParticipantRecord_PartyWithReservationAndObjection_WholeRecord()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/participants/FRA");

        var expected = JsonNode.Parse("""
            {"instrument":"fixture-convention","state":"FRA","stateName":"France","asOf":"2026-12-02",
             "status":{"instrument":"fixture-convention","instrumentShortName":"Fixture Convention","state":"FRA","stateName":"France",
                       "status":"party","signed":"2000-03-01",
                       "consent":{"kind":"ratification","date":"2001-01-15","datePrecision":"day","basis":"depositary"},
                       "withdrawn":null,"inForceFrom":"2001-03-01","reservationsOrDeclarations":"yes",
                       "statements":{"reservations":1,"declarations":0,"reservationsAndDeclarations":0,"unclassified":0,"objections":0,
                                     "territorialApplications":0,"objectionsReceived":1},
                       "dateUncertain":false,"sources":["invented for the tests"]},
             "actions":[{"kind":"signature","date":"2000-03-01","datePrecision":"day","basis":"depositary","reservationsOrDeclarations":"no",
                         "sources":["invented for the tests"],"notes":null},
                        {"kind":"ratification","date":"2001-01-15","datePrecision":"day","basis":"depositary","reservationsOrDeclarations":"yes",
                         "sources":["invented for the tests"],"notes":"a party by ratification before the general entry into force"}],
             "statements":[{"state":"FRA","kind":"reservation","occasion":"ratification","date":null,"datePrecision":"unknown","target":null,
                            "heading":"Reservation:","text":"France does not consider itself bound by article 9 <of the fixture> & its \"annex\".",
                            "basis":"depositary","sources":["invented for the tests"],"notes":null}],
             "objectionsReceived":[{"state":"JPN","kind":"objection","occasion":null,"date":"2001-06-01","datePrecision":"day","target":"FRA",
                                    "heading":"With regard to the reservation made by France upon ratification:",
                                    "text":"Japan objects to the reservation made by France.","basis":"depositary",
                                    "sources":["invented for the tests"],"notes":null}]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(body.GetRawText())), $"Expected:\n{expected!.ToJsonString()}\nActual:\n{body.GetRawText()}");
    }

    [Theory]
    // Ratified before the Convention's own entry into force (2001-03-01): in force for it from that day, not 30 days after.
    [InlineData("fixture-convention", "FRA", "party", "ratification", "2001-03-01")]
    // Acceded after: 30 days after the deposit.
    [InlineData("fixture-convention", "EGY", "party", "accession", "2005-07-10")]
    [InlineData("fixture-convention", "EU", "party", "formal_confirmation", "2004-06-20")]
    // A successor State is bound from its succession; no offset applies.
    [InlineData("fixture-convention", "MNE", "party", "succession", null)]
    // A deposit known only to the month or the year gives no day of entry into force.
    [InlineData("fixture-convention", "KEN", "party", "accession", null)]
    [InlineData("fixture-convention", "PSE", "party", "accession", null)]
    [InlineData("fixture-convention", "NZL", "party", "accession", null)]
    [InlineData("fixture-convention", "BRA", "signatory", null, null)]
    [InlineData("fixture-convention", "JPN", "withdrawn", "ratification", null)]
    [InlineData("fixture-convention", "USA", "none", null, null)]
    // One month after 31 March is 30 April.
    [InlineData("fixture-protocol", "FRA", "party", "ratification", "2004-04-30")]
    // The agreement has no rule for entry into force.
    [InlineData("fixture-agreement", "NZL", "party", "approval", null)]
    public async Task Status_Today_ByRouteToParticipation(string instrument, string code, string status, string? consentKind, string? inForceFrom)
    {
        var actual = await Status(instrument, code);

        Assert.Equal(status, actual.GetProperty("status").GetString());
        Assert.Equal(consentKind, actual.GetProperty("consent").ValueKind == JsonValueKind.Null ? null : actual.GetProperty("consent").GetProperty("kind").GetString());
        Assert.Equal(inForceFrom, Text(actual, "inForceFrom"));
        Assert.False(actual.GetProperty("dateUncertain").GetBoolean());
    }

    [Theory]
    [InlineData("2000-02-14", "none")]
    [InlineData("2000-02-15", "signatory")]
    [InlineData("2002-05-19", "signatory")]
    [InlineData("2002-05-20", "party")]
    [InlineData("2015-07-31", "party")]
    [InlineData("2015-08-01", "withdrawn")]
    [InlineData("2026-12-02", "withdrawn")]
    public async Task Status_JapanBeforeAndAfterItsDenunciation_FollowsTheHistory(string asOf, string status)
    {
        var actual = await Status("fixture-convention", "JPN", asOf);

        Assert.Equal(status, actual.GetProperty("status").GetString());
        Assert.Equal(status == "withdrawn" ? "2015-08-01" : null, actual.GetProperty("withdrawn") is { ValueKind: JsonValueKind.Object } w ? w.GetProperty("date").GetString() : null);
        Assert.Equal(status == "party" ? "2002-06-19" : null, Text(actual, "inForceFrom"));
    }

    [Theory]
    // Kenya acceded in June 2010 (day unknown); Palestine in 2014 (month unknown); New Zealand on an unknown date.
    [InlineData("KEN", "2010-05-31", "none", false)]
    [InlineData("KEN", "2010-06-15", "none", true)]
    [InlineData("KEN", "2010-06-30", "party", false)]
    [InlineData("PSE", "2013-12-31", "none", false)]
    [InlineData("PSE", "2014-07-01", "none", true)]
    [InlineData("PSE", "2014-12-31", "party", false)]
    [InlineData("NZL", "2026-12-01", "none", true)]
    [InlineData("NZL", "2026-12-02", "party", false)]
    public async Task Status_PartialOrUnknownDate_UncertainOnlyWhileItMayOrMayNotHaveHappened(string code, string asOf, string status, bool uncertain)
    {
        var actual = await Status("fixture-convention", code, asOf);

        Assert.Equal(status, actual.GetProperty("status").GetString());
        Assert.Equal(uncertain, actual.GetProperty("dateUncertain").GetBoolean());
    }

    [Fact]
    public async Task Status_UndatedConsent_DatePrecisionUnknownAndNoDate()
    {
        var consent = (await Status("fixture-convention", "NZL")).GetProperty("consent");

        Assert.Equal(JsonValueKind.Null, consent.GetProperty("date").ValueKind);
        Assert.Equal("unknown", consent.GetProperty("datePrecision").GetString());
        Assert.Equal("inferred", consent.GetProperty("basis").GetString());
    }

    [Fact]
    public async Task State_France_OneStatusPerInstrumentInDataOrder()
    {
        var body = await GetJson(_client, "/v1/states/FRA?asOf=2003-12-31");

        var statuses = body.GetProperty("instruments").EnumerateArray()
            .Select(i => $"{i.GetProperty("instrument").GetString()}={i.GetProperty("status").GetString()}").ToList();
        Assert.Equal(["fixture-convention=party", "fixture-protocol=signatory", "fixture-agreement=none"], statuses);
    }

    [Fact]
    public async Task Status_AsOfBeforeAdoption_NoOneSignedOrJoined()
    {
        var body = await GetJson(_client, "/v1/instruments/fixture-convention/participants?asOf=1999-12-31");

        // Only New Zealand's undated accession is listed, as "may or may not have happened" (the fold does not know
        // that no action can precede the adoption); no one is a signatory or a party.
        Assert.Equal(["NZL:none"], body.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("state").GetString()}:{i.GetProperty("status").GetString()}"));
    }

    [Fact]
    public async Task Status_UnknownParticipantOfTheFixture_NotFound()
    {
        // COK is a participant of the real data, not of the fixture: the host serves the fixture alone.
        await GetProblem(_client, "/v1/instruments/fixture-convention/participants/COK", HttpStatusCode.NotFound, "'COK'");
    }
}
