using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>
/// Hosts the real service over HTTP against a real SQLite database built from data/ (or from a data
/// folder a test supplies) into a database folder of its own.
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
    }

    public string DataDirectory { get; }

    public string DatabaseDirectory { get; }

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
    }

    /// <summary>Extra configuration a derived factory sets.</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];
}

/// <summary>A host over a data folder of the test's own (a private copy of data/ it may change).</summary>
public sealed class CustomDataApiFactory(string dataDirectory) : ApiFactory(dataDirectory);

/// <summary>A host whose clock is stopped, for answers that must not change from day to day.</summary>
public sealed class FixedClockApiFactory : ApiFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new FixedTimeProvider(Now)));
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
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
        foreach (var file in Directory.GetFiles(RepositoryData, "*.csv"))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
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
