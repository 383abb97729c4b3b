using Microsoft.Extensions.DependencyInjection;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Data;

public class DatabaseBuildTests
{
    [Fact]
    public async Task Build_GoodData_OneDatabaseFileAndNoTemporaryFilesLeft()
    {
        await using var factory = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var client = factory.CreateClient();

        await GetJson(client, "/health/ready");

        var files = Directory.GetFiles(factory.DatabaseDirectory);
        var file = Assert.Single(files);
        Assert.Matches("ratification-[0-9a-f]{16}\\.db$", file);
    }

    [Fact]
    public async Task Build_Reservations_OneRowPerLineOfTheFileInItsOrder()
    {
        await using var factory = new CustomDataApiFactory(TestPaths.CopyOfData());
        using var client = factory.CreateClient();
        await GetJson(client, "/health/ready");
        var expected = DataSetLoader.Load(factory.DataDirectory, factory.Today).Reservations;

        var snapshot = factory.Services.GetRequiredService<RatificationApi.ReadModel.Catalog>().Snapshot;
        // Each statement sits in its author's history under its instrument.
        var rows = snapshot.Instruments.SelectMany(i => snapshot.HistoriesOf(i)).SelectMany(h => h.Statements).Select(s => s.Row).ToList();

        Assert.Equal(
            expected.Select(r => (r.Instrument, r.Participant, r.Kind, r.Text.Length == 0 ? null : r.Text)),
            rows.OrderBy(r => r.Id).Select(r => (r.Instrument, r.Participant, r.Kind, r.Text)));
    }

    [Fact]
    public async Task Build_BadDataAfterAGoodBuild_FailsAndTheEarlierDatabaseKeepsServing()
    {
        var data = TestPaths.CopyOfData();
        await using var factory = new CustomDataApiFactory(data);
        using var client = factory.CreateClient();
        var before = await GetJson(client, "/health/ready");
        var database = Assert.Single(Directory.GetFiles(factory.DatabaseDirectory));
        var bytesBefore = await File.ReadAllBytesAsync(database);

        File.AppendAllText(Path.Combine(data, DataSetLoader.ActionsFile), "cedaw,FRA,accession,2000-01-01,no,depositary,,2026-11-28,test,\n");
        var builder = factory.Services.GetRequiredService<DatabaseBuilder>();
        var ex = Assert.Throws<DataValidationException>(() => builder.Build());

        Assert.Contains(ex.Errors, e => e.Rule == "second-consent");
        Assert.Equal(database, Assert.Single(Directory.GetFiles(factory.DatabaseDirectory)));
        Assert.Equal(bytesBefore, await File.ReadAllBytesAsync(database));
        Assert.Equal(database, factory.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
        var after = await GetJson(client, "/health/ready");
        Assert.Equal(before.GetProperty("dataVersion").GetString(), after.GetProperty("dataVersion").GetString());
        var france = await GetJson(client, "/v1/states/FRA");
        Assert.Equal("ratification", france.GetProperty("instruments")[3].GetProperty("consent").GetProperty("kind").GetString());
    }

    [Fact]
    public void StartUp_BadData_StopsWithFileLineAndRule()
    {
        var data = TestPaths.CopyOfData();
        var path = Path.Combine(data, DataSetLoader.ActionsFile);
        var line = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, "cedaw,IRN,accession,2023-02-30,no,depositary,,2026-11-28,test,\n");
        using var factory = new CustomDataApiFactory(data);

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = ex as DataValidationException ?? ex.InnerException as DataValidationException;
        Assert.NotNull(validation);
        Assert.Contains($"data/actions.csv:{line}: [invalid-date]", validation.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(factory.DatabaseDirectory));
    }

    [Fact]
    public async Task Requests_ReadOnlyConnection_CannotWrite()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await GetJson(client, "/health/ready");

        await using var connection = await factory.Services.GetRequiredService<SqliteConnectionFactory>().OpenReadOnlyAsync(CancellationToken.None);
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM actions";

        var ex = Assert.Throws<Microsoft.Data.Sqlite.SqliteException>(() => command.ExecuteNonQuery());
        Assert.Equal(8, ex.SqliteErrorCode); // SQLITE_READONLY
    }
}
