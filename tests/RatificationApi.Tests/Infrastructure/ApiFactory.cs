using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>
/// Hosts the real service over HTTP against a real SQLite database built from data/ (or from a data
/// folder a test supplies) into a database folder of its own, with its clock stopped (<see cref="TestClock"/>).
/// </summary>
public class ApiFactory : WebApplicationFactory<Program>
{
    public ApiFactory()
        : this(TestPaths.RepositoryData)
    {
    }

    protected ApiFactory(string dataDirectory)
    {
        DataDirectory = dataDirectory;
        DatabaseDirectory = TestPaths.NewTempDirectory("db");
        Now = TestClock.For(dataDirectory);
    }

    public string DataDirectory { get; }

    public string DatabaseDirectory { get; }

    /// <summary>The instant the host's clock stands at.</summary>
    public DateTimeOffset Now { get; }

    /// <summary>The host's today: the default <c>asOf</c>, the last year of a timeline, the date a widget shows.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public string TodayText => Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Data:Directory", DataDirectory);
        builder.UseSetting("Data:DatabaseDirectory", DatabaseDirectory);
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new StoppedClock(Now)));
    }

    /// <summary>
    /// The host once its catalog is loaded: the service listens while it loads, and a test that reads the catalog's
    /// services or the readiness probe first must not race that. Bad data surfaces here, as the exception start-up met.
    /// </summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        if (!WaitsForCatalog)
        {
            return host;
        }

        try
        {
            host.Services.GetRequiredService<ReadModel.Catalog>().Loaded.GetAwaiter().GetResult();
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>Whether the host is handed over only once its catalog is loaded (a test of start-up itself says no).</summary>
    protected virtual bool WaitsForCatalog => true;

    /// <summary>Extra configuration a derived factory sets.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

/// <summary>A host over a data folder of the test's own (a private copy of data/ it may change).</summary>
public sealed class CustomDataApiFactory(string dataDirectory) : ApiFactory(dataDirectory);

/// <summary>
/// A host over the small data set the tests own (<c>Fixtures/data</c>, described in its README): its answers change only
/// when a test changes them, never on an import into data/.
/// </summary>
public sealed class FixtureApiFactory() : ApiFactory(TestPaths.FixtureData);

/// <summary>
/// The clock every test host and offline command runs on. It is stopped, so that no answer changes at midnight UTC.
/// It stands at noon on 2026-12-02, or at noon on the latest day written in the data served if that is later: the
/// service refuses data dated after its today, and an import into data/ must not stop every test (the fixture data
/// is dated before 2026-12-02, so its hosts always stand at that day).
/// </summary>
public static partial class TestClock
{
    public static readonly DateTimeOffset Fixed = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset For(string dataDirectory)
    {
        var latest = DateOnly.FromDateTime(Fixed.UtcDateTime);
        foreach (var file in Directory.EnumerateFiles(dataDirectory, "*.csv"))
        {
            foreach (Match match in WholeCellDay().Matches(File.ReadAllText(file)))
            {
                if (DateOnly.TryParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day > latest)
                {
                    latest = day;
                }
            }
        }

        return new DateTimeOffset(latest.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
    }

    public static DateOnly TodayFor(string dataDirectory) => DateOnly.FromDateTime(For(dataDirectory).UtcDateTime);

    [GeneratedRegex(@"(?<=^|,)[0-9]{4}-[0-9]{2}-[0-9]{2}(?=,|\r?$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex WholeCellDay();
}

/// <summary>A host with the rate limiter on and a tiny limit.</summary>
public sealed class RateLimitedApiFactory : ApiFactory
{
    protected override IEnumerable<(string Key, string Value)> Settings =>
        [("RateLimiting:Enabled", "true"), ("RateLimiting:PermitLimit", "3"), ("RateLimiting:WindowSeconds", "30")];
}

public static class TestPaths
{
    /// <summary>The data/ folder of this clone.</summary>
    public static string RepositoryData { get; } = Path.Combine(RepositoryRoot(), "data");

    /// <summary>The tests' own data set, as copied next to the test assembly.</summary>
    public static string FixtureData { get; } = Path.Combine(AppContext.BaseDirectory, "Fixtures", "data");

    public static string NewTempDirectory(string purpose)
    {
        var path = Path.Combine(Path.GetTempPath(), "ratification-api-tests", $"{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A private copy of data/ that a test may change.</summary>
    public static string CopyOfData()
    {
        var copy = NewTempDirectory("data");
        CopyData(RepositoryData, copy);
        return copy;
    }

    /// <summary>Copies a data folder's CSV files, with the map's geometry in its geo/ subfolder.</summary>
    public static void CopyData(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*.csv", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RatificationApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a clone of the repository (RatificationApi.sln not found).");
    }
}
