using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Snapshots;

/// <summary>
/// One problem answer per kind of parameter and failure, whole (status, headers, RFC 9457 body), on the fixture data:
/// wording, escaping and field order are part of the contract clients parse.
/// </summary>
public class ProblemSnapshotTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Requests => new()
    {
        { "400-asof-not-a-date", "/v1/instruments/fixture-convention?asOf=2020-13-01" },
        { "400-asof-in-the-future", "/v1/instruments/fixture-convention?asOf=2027-01-01" },
        { "400-lang-unknown", "/v1/instruments/fixture-convention?lang=xx" },
        { "400-parameter-repeated", "/v1/states/FRA?lang=en&lang=fr" },
        { "400-instrument-id-malformed", "/v1/instruments/Bad_Id!" },
        { "400-state-code-malformed", "/v1/states/F1" },
        { "400-status-unknown", "/v1/instruments/fixture-convention/participants?status=maybe" },
        { "400-region-malformed", "/v1/instruments/fixture-convention/participants?region=abc" },
        { "400-groupby-unknown", "/v1/instruments/fixture-convention/gaps?groupBy=planet" },
        { "400-from-after-to", "/v1/instruments/fixture-convention/progress?from=2020-01-01&to=2010-01-01" },
        { "400-limit-out-of-range", "/v1/actions?limit=0" },
        { "400-cursor-not-issued", "/v1/actions?cursor=garbage" },
        { "400-kind-unknown", "/v1/actions?kind=marriage" },
        { "400-since-in-the-future", "/v1/actions?since=2030-01-01" },
        { "400-format-unknown", "/v1/status?format=xml" },
        { "400-boolean-malformed", "/v1/status?unMember=maybe" },
        { "400-resolution-id-malformed", "/v1/resolutions/nope" },
        { "400-widget-theme-unknown", "/widgets/states/FRA?theme=pink" },
        { "400-widget-instruments-unknown", "/widgets/states/FRA?instruments=nope" },
        { "404-instrument", "/v1/instruments/nope" },
        { "404-state", "/v1/states/XXX" },
        { "404-participant-under-instrument", "/v1/instruments/fixture-convention/participants/ZZZ" },
        { "404-resolution", "/v1/resolutions/A-RES-1-1" },
        { "404-route", "/v1/nothing" },
        { "404-badge-instrument", "/badges/nope/FRA.svg" },
        { "404-widget-state", "/widgets/states/XXX" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Problem_WholeAnswer_AsCommitted(string name, string url) =>
        Snapshot.Matches($"Problems/{name}", await Snapshot.Take(_client, url));

    [Fact]
    public async Task Problem_NotAcceptable_AsCommitted() =>
        Snapshot.Matches("Problems/406-accept-xml", await Snapshot.Take(_client, "/v1/states/FRA", accept: "application/xml"));

    [Fact]
    public async Task Problem_MethodNotAllowed_AsCommitted() =>
        Snapshot.Matches("Problems/405-post", await Snapshot.Take(_client, "/v1/states", method: HttpMethod.Post));
}
