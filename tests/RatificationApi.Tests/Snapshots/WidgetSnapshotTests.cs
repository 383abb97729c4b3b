using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Snapshots;

/// <summary>
/// Widget and badge markup, whole, on the fixture data: each status (party by each route, signatory, withdrawn, none,
/// undated), left-to-right and right-to-left languages, light and dark. The browser tests look at the pixels; these
/// catch every change of markup, escaping and embedding headers.
/// </summary>
public class WidgetSnapshotTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string, string> Requests => new()
    {
        { "state-fra-en-light", "/widgets/states/FRA" },
        { "state-fra-ar-dark", "/widgets/states/FRA?lang=ar&theme=dark" },
        { "state-jpn-fr-compact", "/widgets/states/JPN?lang=fr&compact=true" },
        { "state-nzl-zh-one-instrument", "/widgets/states/NZL?lang=zh&instruments=fixture-convention" },
        { "instrument-convention-en-light", "/widgets/instruments/fixture-convention" },
        { "instrument-convention-ar-dark", "/widgets/instruments/fixture-convention?lang=ar&theme=dark" },
        { "instrument-agreement-es-compact", "/widgets/instruments/fixture-agreement?lang=es&compact=true" },
        { "badge-fra-en-party", "/badges/fixture-convention/FRA.svg" },
        { "badge-jpn-ar-dark-withdrawn", "/badges/fixture-convention/JPN.svg?lang=ar&theme=dark" },
        { "badge-bra-zh-signatory", "/badges/fixture-convention/BRA.svg?lang=zh" },
        { "badge-usa-ru-none", "/badges/fixture-convention/USA.svg?lang=ru" },
        { "badge-nzl-fr-undated", "/badges/fixture-convention/NZL.svg?lang=fr" },
        { "badge-ken-es-dark-month", "/badges/fixture-convention/KEN.svg?lang=es&theme=dark" },
        { "timeline-convention-en", "/v1/instruments/fixture-convention/timeline.svg" },
        { "timeline-convention-ar", "/v1/instruments/fixture-convention/timeline.svg?lang=ar" },
        { "embed-fra-convention", "/embed?state=FRA&instrument=fixture-convention" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Widget_WholeAnswer_AsCommitted(string name, string url) =>
        Snapshot.Matches($"Widgets/{name}", await Snapshot.Take(_client, url));
}
