using System.Text;
using RatificationApi.Importer;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace RatificationApi.Tests.Importer;

/// <summary>Where the importer's fixtures, the repository's data/ and the shared MTDSG samples are.</summary>
internal static class ImporterTestFiles
{
    /// <summary>The clone's root: the folder that holds RatificationApi.sln.</summary>
    public static string RepositoryRoot { get; } = FindUp(dir => File.Exists(Path.Combine(dir, "RatificationApi.sln")))
        ?? throw new InvalidOperationException("The tests must run inside a clone of the repository (RatificationApi.sln not found).");

    public static string Fixtures => Path.Combine(RepositoryRoot, "tests", "RatificationApi.Tests", "Importer", "Fixtures");

    public static string RealData => Path.Combine(RepositoryRoot, "data");

    /// <summary>
    /// The shared <c>data/mtdsg</c> samples: the first <c>shared/data/mtdsg</c> found walking up from the test
    /// directory (CI checks <c>shared</c> out beside the clone); null when there is none.
    /// </summary>
    public static string? SharedMtdsg { get; } = FindUp(dir => Directory.Exists(Path.Combine(dir, "shared", "data", "mtdsg"))) is { } root
        ? Path.Combine(root, "shared", "data", "mtdsg")
        : null;

    public static string Fixture(string name) => Path.Combine(Fixtures, name);

    public static byte[] FixtureBytes(string name) => File.ReadAllBytes(Fixture(name));

    /// <summary>A fixture with one Latin-1 text replaced, for variants of a small file (an off count, an unknown name).</summary>
    public static byte[] FixtureWith(string name, string find, string replace)
    {
        var text = Encoding.Latin1.GetString(FixtureBytes(name));
        Assert.Contains(find, text, StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text.Replace(find, replace, StringComparison.Ordinal));
    }

    public static MtdsgDocument Parse(string name) => MtdsgParser.Parse(FixtureBytes(name));

    private static string? FindUp(Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (found(dir.FullName))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}

/// <summary>
/// A theory whose data may legitimately be empty: the real-file tests have cases only where the shared
/// samples are checked out. xUnit 2 reports an empty theory as a failure ("No data found"); this drops
/// that one error and nothing else, so that the theory simply has no cases.
/// </summary>
[XunitTestCaseDiscoverer("RatificationApi.Tests.Importer.OptionalDataTheoryDiscoverer", "RatificationApi.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class OptionalDataTheoryAttribute : TheoryAttribute;

public sealed class OptionalDataTheoryDiscoverer(IMessageSink diagnosticMessageSink) : TheoryDiscoverer(diagnosticMessageSink)
{
    public override IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo theoryAttribute) =>
        base.Discover(discoveryOptions, testMethod, theoryAttribute)
            .Where(c => c is not ExecutionErrorTestCase { ErrorMessage: var message } || !message.StartsWith("No data found", StringComparison.Ordinal));
}
