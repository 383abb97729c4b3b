using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using RatificationApi.Client;

namespace RatificationApi.ClientTests;

/// <summary>The service as a consumer sees it: through a client generated from the committed contract alone.</summary>
public sealed class ClientFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "RatificationApi.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Run the tests inside a clone (RatificationApi.sln not found).");
        }

        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", Path.Combine(root, "data"));
        builder.UseSetting("Data:DatabaseDirectory", Path.Combine(Path.GetTempPath(), "ratification-api-tests", $"client-{Guid.NewGuid():N}"));
        builder.UseSetting("RateLimiting:Enabled", "false");
    }
}

public class GeneratedClientTests(ClientFactory factory) : IClassFixture<ClientFactory>
{
    private RatificationApiClient Client() => new(factory.CreateClient());

    [Fact]
    public async Task ListInstrumentGaps_Cedaw_TheSixUnMembersNotParties()
    {
        var gaps = await Client().ListInstrumentGapsAsync("cedaw");

        Assert.Equal(6, gaps.Count);
        Assert.Equal(["IRN", "PLW", "SDN", "SOM", "TON", "USA"], gaps.Items.Select(g => g.State));
        Assert.Equal("1980-07-17", gaps.Items.Single(g => g.State == "USA").Signed);
    }

    [Fact]
    public async Task GetState_France_TypedStatusObjects()
    {
        var france = await Client().GetStateAsync("FRA", lang: Language.Fr);

        Assert.Equal("France", france.State.Name);
        var cedaw = france.Instruments.Single(i => i.Instrument == "cedaw");
        Assert.Equal(TreatyStatus.Party, cedaw.Status);
        Assert.Equal(ActionKind.Ratification, cedaw.Consent!.Kind);
        Assert.Equal(new DateOnly(1984, 1, 13), cedaw.InForceFrom);
        Assert.Null(cedaw.Withdrawn);
    }

    [Fact]
    public async Task GetInstrument_PastDate_CountsOnThatDate()
    {
        var instrument = await Client().GetInstrumentAsync("XVIII-12-a", asOf: new DateOnly(2008, 12, 18));

        Assert.Equal(124, instrument.Counts.Parties);
        Assert.Equal(new DateOnly(2008, 12, 18), instrument.AsOf);
    }

    [Fact]
    public async Task GetState_Unknown_ApiExceptionWith404()
    {
        var ex = await Assert.ThrowsAsync<ApiException<ProblemDetails>>(() => Client().GetStateAsync("XYZ"));

        Assert.Equal(404, ex.StatusCode);
        Assert.Equal("State not found", ex.Result.Title);
    }

    [Fact]
    public async Task ListActions_FollowingTheCursor_AllCedawActions()
    {
        var client = Client();
        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await client.ListActionsAsync(instrument: "cedaw", limit: 100, cursor: cursor);
            seen.AddRange(page.Items.Select(a => a.Id));
            cursor = page.Next is null ? null : System.Web.HttpUtility.ParseQueryString(new Uri("http://x" + page.Next).Query)["cursor"];
        }
        while (cursor is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(288, seen.Count);
    }
}
