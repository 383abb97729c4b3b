using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Reliability;

/// <summary>
/// No fault in the data or the disk loses data or serves half of it: each stops the start-up or the
/// rebuild with a message that says what and where; the database already in place keeps serving, byte
/// for byte; no unfinished (*.tmp) database is served or left behind.
/// </summary>
public class DataFaultTests
{
    private const string NewAction = "cedaw,USA,ratification,2026-01-05,no,secondary,,2026-11-28,test,\n";

    public static TheoryData<string> DataFaults { get; } =
        ["truncated", "unbalanced quote", "inconsistent", "missing file", "duplicate rows", "empty file", "invalid UTF-8"];

    /// <summary>Breaks a copy of data/ in one way; returns the file and rule the message must name.</summary>
    private static (string File, string Rule) Break(string fault, string data)
    {
        string PathOf(string file) => Path.Combine(data, file);
        switch (fault)
        {
            case "truncated":
                var bytes = File.ReadAllBytes(PathOf(DataSetLoader.ActionsFile));
                File.WriteAllBytes(PathOf(DataSetLoader.ActionsFile), bytes[..(bytes.Length * 3 / 5)]);
                return (DataSetLoader.ActionsFile, "column-count");
            case "unbalanced quote":
                File.AppendAllText(PathOf(DataSetLoader.ActionsFile), "cedaw,IRN,\"accession,2000-01-01,no,depositary,,2026-11-28,test,\n");
                return (DataSetLoader.ActionsFile, "column-count");
            case "inconsistent":
                var participants = File.ReadAllLines(PathOf(DataSetLoader.ParticipantsFile));
                File.WriteAllLines(PathOf(DataSetLoader.ParticipantsFile), participants.Where(l => !l.StartsWith("FRA,", StringComparison.Ordinal)));
                return (DataSetLoader.ActionsFile, "unknown-participant");
            case "missing file":
                File.Delete(PathOf(DataSetLoader.InstrumentsFile));
                return (DataSetLoader.InstrumentsFile, "missing-file");
            case "duplicate rows":
                var lines = File.ReadAllLines(PathOf(DataSetLoader.ParticipantsFile));
                File.AppendAllText(PathOf(DataSetLoader.ParticipantsFile), lines[5] + "\n");
                return (DataSetLoader.ParticipantsFile, "duplicate-id");
            case "empty file":
                File.WriteAllBytes(PathOf(DataSetLoader.ResolutionsFile), []);
                return (DataSetLoader.ResolutionsFile, "missing-header");
            case "invalid UTF-8":
                File.AppendAllBytes(PathOf(DataSetLoader.TitlesFile), [0x63, 0xC3, 0x28, 0x0A]);
                return (DataSetLoader.TitlesFile, "encoding");
            default:
                throw new ArgumentOutOfRangeException(nameof(fault), fault, null);
        }
    }

    [Theory]
    [MemberData(nameof(DataFaults))]
    public void StartUp_DataFault_StopsNamingFileAndRuleAndBuildsNothing(string fault)
    {
        var data = TestPaths.CopyOfData();
        var (file, rule) = Break(fault, data);
        using var factory = new CustomDataApiFactory(data);

        var ex = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = ex as DataValidationException ?? ex.InnerException as DataValidationException;
        Assert.NotNull(validation);
        Assert.Contains($"data/{file}:", validation.Message, StringComparison.Ordinal);
        Assert.Contains($"[{rule}]", validation.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(factory.DatabaseDirectory));
    }

    [Theory]
    [MemberData(nameof(DataFaults))]
    public async Task Rebuild_DataFault_FailsAndTheDatabaseInPlaceKeepsServing(string fault)
    {
        var data = TestPaths.CopyOfData();
        await using var factory = new CustomDataApiFactory(data);
        using var client = factory.CreateClient();
        var before = await Snapshot.TakeAsync(factory, client);

        var (file, rule) = Break(fault, data);
        var ex = Assert.Throws<DataValidationException>(() => factory.Services.GetRequiredService<DatabaseBuilder>().Build());

        Assert.Contains(ex.Errors, e => e.File == file && e.Rule == rule);
        await before.AssertUnchangedAsync(factory, client);
    }

    [Fact]
    public void StartUp_DatabaseFolderUnderAFile_StopsSayingWhere()
    {
        var parent = Path.Combine(TestPaths.NewTempDirectory("file"), "not-a-folder");
        File.WriteAllText(parent, "a regular file where a folder should be");
        using var factory = new SettingsApiFactory(("Data:DatabaseDirectory", Path.Combine(parent, "db")));

        var ex = Assert.ThrowsAny<IOException>(() => factory.CreateClient());

        Assert.Contains($"The database could not be built in '{Path.Combine(parent, "db")}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StartUp_ReadOnlyDatabaseFolder_StopsSayingWhere()
    {
        using var factory = new ApiFactory();
        using var readOnly = FileSystemFaults.ReadOnly(factory.DatabaseDirectory);

        var ex = Assert.ThrowsAny<IOException>(() => factory.CreateClient());

        Assert.Contains($"The database could not be built in '{factory.DatabaseDirectory}'", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(factory.DatabaseDirectory));
    }

    [Fact]
    public async Task Rebuild_ReadOnlyDatabaseFolder_FailsKeepsServingAndRecoversOnceWritable()
    {
        var data = TestPaths.CopyOfData();
        await using var factory = new CustomDataApiFactory(data);
        using var client = factory.CreateClient();
        var before = await Snapshot.TakeAsync(factory, client);
        File.AppendAllText(Path.Combine(data, DataSetLoader.ActionsFile), NewAction);
        var builder = factory.Services.GetRequiredService<DatabaseBuilder>();

        using (FileSystemFaults.ReadOnly(factory.DatabaseDirectory))
        {
            var ex = Assert.ThrowsAny<IOException>(() => builder.Build());

            Assert.Contains("could not be built in", ex.Message, StringComparison.Ordinal);
            Assert.Contains("keeps serving", ex.Message, StringComparison.Ordinal);
            await before.AssertUnchangedAsync(factory, client);

            // /health/ready may have opened a pooled connection through the read-only mount (when the pool had no
            // idle one), which would keep the mount busy: umount then failed in some full runs (CI, 2026-12-03).
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        builder.Build();
        Assert.NotEqual(before.DataVersion, builder.DataVersion);
        Assert.Equal(2, Directory.GetFiles(factory.DatabaseDirectory, "*.db").Length);
    }

    [RootFact]
    public async Task Rebuild_DiskFull_FailsRemovesTheUnfinishedFileAndKeepsServing()
    {
        long size;
        await using (var probe = new ApiFactory())
        {
            probe.CreateClient().Dispose();
            size = new FileInfo(Directory.GetFiles(probe.DatabaseDirectory).Single()).Length;
        }

        var data = TestPaths.CopyOfData();
        await using var factory = new CustomDataApiFactory(data);
        using var disk = FileSystemFaults.SmallDisk(factory.DatabaseDirectory, size * 3 / 2);
        using var client = factory.CreateClient();
        var before = await Snapshot.TakeAsync(factory, client);
        File.AppendAllText(Path.Combine(data, DataSetLoader.ActionsFile), NewAction);

        var ex = Assert.ThrowsAny<IOException>(() => factory.Services.GetRequiredService<DatabaseBuilder>().Build());

        Assert.Contains("full", ex.Message, StringComparison.Ordinal);
        await before.AssertUnchangedAsync(factory, client);
    }

    [RootFact]
    public void StartUp_DiskFull_StopsAndLeavesNothing()
    {
        using var factory = new ApiFactory();
        using var disk = FileSystemFaults.SmallDisk(factory.DatabaseDirectory, 64 * 1024);

        var ex = Assert.ThrowsAny<IOException>(() => factory.CreateClient());

        Assert.Contains("full", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(factory.DatabaseDirectory));
    }

    [Theory]
    [InlineData("data", "[missing-file]", "fix the data")]
    [InlineData("disk", "could not be built in", "Data:DatabaseDirectory must be a folder it can write to")]
    public void Process_StartUpFault_ExitsOneWithAMessageAndNoStackTrace(string fault, string message, string advice)
    {
        var data = TestPaths.CopyOfData();
        var database = TestPaths.NewTempDirectory("db");
        if (fault == "data")
        {
            File.Delete(Path.Combine(data, DataSetLoader.ActionsFile));
        }
        else
        {
            database = Path.Combine(database, "file");
            File.WriteAllText(database, "not a folder");
            database = Path.Combine(database, "db");
        }

        var (exit, output) = RunService(("Data__Directory", data), ("Data__DatabaseDirectory", database));

        Assert.Equal(1, exit);
        Assert.Contains(message, output, StringComparison.Ordinal);
        Assert.Contains(advice, output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", output, StringComparison.Ordinal);
    }

    private static (int Exit, string Output) RunService(params (string Name, string Value)[] environment)
    {
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var dll = Path.Combine(TestPaths.RepositoryRoot(), "src", "RatificationApi", "bin", configuration, "net10.0", "RatificationApi.dll");
        var start = new ProcessStartInfo("dotnet", [dll, "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["RateLimiting__Enabled"] = "false";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The service neither started nor stopped within 60 s.");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>What is served before a fault, to compare with what is served after it.</summary>
    private sealed record Snapshot(string[] Files, string DatabasePath, string DatabaseHash, string DataVersion, byte[] France)
    {
        public static async Task<Snapshot> TakeAsync(CustomDataApiFactory factory, HttpClient client)
        {
            var path = factory.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath!;
            return new Snapshot(
                ListFiles(factory),
                path,
                Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path))),
                factory.Services.GetRequiredService<DatabaseBuilder>().DataVersion!,
                await client.GetByteArrayAsync(new Uri("/v1/states/FRA?lang=ar", UriKind.Relative)));
        }

        public async Task AssertUnchangedAsync(CustomDataApiFactory factory, HttpClient client)
        {
            Assert.Equal(Files, ListFiles(factory));
            Assert.DoesNotContain(ListFiles(factory), f => f.Contains(".tmp", StringComparison.Ordinal));
            Assert.Equal(DatabasePath, factory.Services.GetRequiredService<SqliteConnectionFactory>().DatabasePath);
            Assert.Equal(DatabaseHash, Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(DatabasePath))));
            Assert.Equal(DataVersion, factory.Services.GetRequiredService<DatabaseBuilder>().DataVersion);
            Assert.Equal(France, await client.GetByteArrayAsync(new Uri("/v1/states/FRA?lang=ar", UriKind.Relative)));
            var ready = await HttpAssert.GetJson(client, "/health/ready");
            Assert.Equal(DataVersion, ready.GetProperty("dataVersion").GetString());
        }

        private static string[] ListFiles(CustomDataApiFactory factory) =>
            [.. Directory.GetFileSystemEntries(factory.DatabaseDirectory).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
    }
}

/// <summary>A host over data/ with extra settings.</summary>
public sealed class SettingsApiFactory(params (string Key, string Value)[] settings) : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings => settings;
}
