using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Health;

/// <summary>
/// The server listens while start-up builds the database and loads the catalog. These tests hold start-up at its
/// first step (the build asks the clock for today, and this clock answers only when released) and send requests
/// meanwhile.
/// </summary>
public class StartUpTests
{
    private static readonly TimeSpan Held = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task WhileLoading_LivenessAnswersAndTheRestWaitsForTheCatalog()
    {
        await using var factory = new HeldStartUpFactory(TestPaths.RepositoryData);
        using var client = factory.CreateClient();

        var live = await GetJson(client, "/health/live");
        var france = client.GetAsync(new Uri("/v1/states/FRA", UriKind.Relative));
        var ready = client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        await Task.Delay(Held);

        Assert.Equal("live", live.GetProperty("status").GetString());
        Assert.False(france.IsCompleted, "A State answer came before the catalog was loaded.");
        Assert.False(ready.IsCompleted, "Readiness answered before the catalog was loaded.");

        factory.Clock.Release();

        using var franceAnswer = await france;
        using var readyAnswer = await ready;
        Assert.Equal(HttpStatusCode.OK, franceAnswer.StatusCode);
        Assert.Contains("\"iso3\":\"FRA\"", await franceAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, readyAnswer.StatusCode);
        Assert.Contains(DataSetLoader.Version(factory.DataDirectory), await readyAnswer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileLoading_BadData_WaitingRequestsGetNoAnswerAndNoError()
    {
        var data = TestPaths.CopyOfData();
        File.Delete(Path.Combine(data, DataSetLoader.ActionsFile));
        await using var factory = new HeldStartUpFactory(data);
        using var client = factory.CreateClient();

        var france = client.GetAsync(new Uri("/v1/states/FRA", UriKind.Relative));
        await Task.Delay(Held);
        Assert.False(france.IsCompleted, "A State answer came before the catalog was loaded.");

        factory.Clock.Release();

        // Dropped, as by a service that never started: not a 500, not a half-loaded answer.
        await Assert.ThrowsAnyAsync<Exception>(() => france);
        Assert.Empty(Directory.GetFileSystemEntries(factory.DatabaseDirectory));
    }

    private sealed class HeldStartUpFactory(string data) : ApiFactory(data)
    {
        public HeldClock Clock { get; } = new(TestClock.Fixed);

        protected override bool WaitsForCatalog => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }

    /// <summary>A stopped clock that makes whoever asks it the time wait until the test releases it.</summary>
    private sealed class HeldClock(DateTimeOffset now) : TimeProvider
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Release() => _released.TrySetResult();

        public override DateTimeOffset GetUtcNow() =>
            _released.Task.Wait(TimeSpan.FromSeconds(30)) ? now : throw new TimeoutException("The test never released the clock.");
    }
}
