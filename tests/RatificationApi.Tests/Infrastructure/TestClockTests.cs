using System.Text.Json;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>The test hosts' stopped clock: fixed for the fixture, and never behind the data a host serves.</summary>
public class TestClockTests
{
    [Fact]
    public void Clock_FixtureData_StandsAtTheFixedInstant()
    {
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero), TestClock.For(TestPaths.FixtureData));
    }

    [Fact]
    public async Task Clock_DataRecordedAfterTheFixedDay_HostStartsAndStandsOnThatDay()
    {
        // What an import into data/ after 2026-12-02 does: rows recorded on a later day.
        var data = TestPaths.NewTempDirectory("clock");
        TestPaths.CopyData(TestPaths.FixtureData, data);

        await File.AppendAllTextAsync(Path.Combine(data, "actions.csv"), "fixture-agreement,USA,signature,2027-01-10,no,depositary,,2027-01-15,invented for the tests,\n");
        await using var factory = new CustomDataApiFactory(data);
        using var client = factory.CreateClient();

        var body = await GetJson(client, "/v1/instruments/fixture-agreement/participants/USA");

        Assert.Equal("2027-01-15", factory.TodayText);
        Assert.Equal("2027-01-15", body.GetProperty("asOf").GetString());
        Assert.Equal("signatory", body.GetProperty("status").GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.String, body.GetProperty("status").GetProperty("signed").ValueKind);
    }
}
