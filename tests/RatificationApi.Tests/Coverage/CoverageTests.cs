using System.Globalization;
using System.Text.Json;
using RatificationApi.Coverage;
using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Coverage;

/// <summary>data/COVERAGE.md is what the data gives, and says the same numbers as the API.</summary>
public class CoverageTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly DateOnly Today = TestClock.TodayFor(TestPaths.RepositoryData);

    private static readonly string CommittedPath = Path.Combine(TestPaths.RepositoryData, CoverageReport.FileName);

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> Instruments => ["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956"];

    /// <summary>The summary table of the committed file: instrument id → its cells, by column name.</summary>
    private static Dictionary<string, Dictionary<string, string>> Table()
    {
        var lines = File.ReadAllLines(CommittedPath);
        var headerIndex = Array.FindIndex(lines, l => l.StartsWith("| instrument |", StringComparison.Ordinal));
        Assert.True(headerIndex >= 0, "data/COVERAGE.md has no summary table.");
        string[] Cells(string line) => [.. line.Trim('|').Split('|').Select(c => c.Trim())];
        var header = Cells(lines[headerIndex]);
        return lines.Skip(headerIndex + 2).TakeWhile(l => l.StartsWith('|'))
            .Select(Cells)
            .ToDictionary(c => c[0].Trim('`'), c => header.Zip(c).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    [Fact]
    public async Task CommittedFile_SameAsGeneratedFromTheData()
    {
        var generated = CoverageReport.Render(await CoverageReport.BuildAsync(TestPaths.RepositoryData, Today));

        Assert.True(File.Exists(CommittedPath), $"data/COVERAGE.md is missing. Generate it with `{CoverageReport.Regenerate}` and commit it.");
        Assert.True(
            File.ReadAllText(CommittedPath) == generated,
            $"data/COVERAGE.md is stale: it differs from what data/ gives. Regenerate it with `{CoverageReport.Regenerate}`, review the diff and commit it.");
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public async Task CommittedFile_SameNumbersAsTheApi(string id)
    {
        var row = Table()[id];

        var now = await GetJson(_client, $"/v1/instruments/{id}");
        var coverage = now.GetProperty("coverage");
        var atComplete = await GetJson(_client, $"/v1/instruments/{id}?asOf={coverage.GetProperty("completeAsAt").GetString()}");

        var stated = coverage.GetProperty("stated");
        string Value(JsonElement e) => e.ValueKind switch
        {
            JsonValueKind.Null => "—",
            JsonValueKind.Number => e.GetInt64().ToString(CultureInfo.InvariantCulture),
            _ => e.GetString()!,
        };
        Assert.Equal(
            new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["instrument"] = $"`{id}`",
                ["complete as at"] = coverage.GetProperty("completeAsAt").GetString()!,
                ["stated parties"] = Value(stated.GetProperty("parties")),
                ["stated signatories"] = Value(stated.GetProperty("signatories")),
                ["stated as at"] = Value(stated.GetProperty("asAt")),
                ["stated by"] = Value(stated.GetProperty("source")),
                ["parties now"] = Value(now.GetProperty("counts").GetProperty("parties")),
                ["signatories now"] = Value(now.GetProperty("counts").GetProperty("signatories")),
                ["parties at complete-as-at"] = Value(atComplete.GetProperty("counts").GetProperty("parties")),
                ["signatories at complete-as-at"] = Value(atComplete.GetProperty("counts").GetProperty("signatories")),
                ["parties undated"] = coverage.GetProperty("partiesUndated").GetArrayLength().ToString(CultureInfo.InvariantCulture),
                ["parties unidentified"] = Value(coverage.GetProperty("partiesUnidentified")),
            },
            row);
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public async Task CommittedFile_NewestStatedCountAndWhatItImplies_AsTheApiSaysThem(string id)
    {
        var coverage = (await GetJson(_client, $"/v1/instruments/{id}")).GetProperty("coverage");
        var stated = coverage.GetProperty("stated");
        var unidentified = coverage.GetProperty("partiesUnidentified").GetInt32();

        var section = File.ReadAllText(CommittedPath).Split("\n## ").Single(s => s.Contains($"(`{id}`,", StringComparison.Ordinal));

        Assert.Contains(
            $"- **Newest stated count**: {stated.GetProperty("parties").GetInt64()} parties and {stated.GetProperty("signatories").GetInt64()} signatories, " +
            $"as at {stated.GetProperty("asAt").GetString()}, by {stated.GetProperty("source").GetString()}. It implies ",
            section,
            StringComparison.Ordinal);
        Assert.Matches($@"It implies (at least )?{unidentified} part(y|ies) the data cannot yet name", section);
    }

    [Fact]
    public void CommittedFile_NamesTheUndatedPartiesAndTheRangeTheyLeave()
    {
        var text = File.ReadAllText(CommittedPath);

        // UNTOC: Samoa, the DPRK and Palau are parties whose deposit dates no source gave; the depositary counts 192 as at 2024-05-04.
        Assert.Contains("Palau (PLW), Democratic People's Republic of Korea (PRK), Samoa (WSM)", text, StringComparison.Ordinal);
        Assert.Contains(
            "It implies at least 1 party the data cannot yet name (up to 4 if the undated consents came after it).", text, StringComparison.Ordinal);
        Assert.Contains("at least 182 − 180 = 2 parties the data cannot yet name", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Command_Write_WritesTheFileIntoTheDataFolder()
    {
        var copy = TestPaths.CopyOfData();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CoverageCommand.Run(["--write", "--data", copy], output, error, Today);

        Assert.Equal((0, string.Empty), (code, error.ToString()));
        Assert.Equal(File.ReadAllText(CommittedPath), File.ReadAllText(Path.Combine(copy, CoverageReport.FileName)));
    }

    [Fact]
    public void Command_NoWrite_PrintsTheMarkdown()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CoverageCommand.Run(["--data", TestPaths.RepositoryData], output, error, Today);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(CommittedPath), output.ToString());
    }

    [Fact]
    public void Command_BadData_ExitsOneAndWritesNothing()
    {
        var copy = TestPaths.CopyOfData();
        File.AppendAllText(Path.Combine(copy, DataSetLoader.ActionsFile), "cedaw,XXX,accession,2000-01-01,no,depositary,,2026-11-28,test,\n");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CoverageCommand.Run(["--write", "--data", copy], output, error, Today);

        Assert.Equal(1, code);
        Assert.Contains("[unknown-participant]", error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(copy, CoverageReport.FileName)));
    }

    [Fact]
    public void Command_UnknownArgument_UsageErrorExitTwo()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        Assert.Equal(2, CoverageCommand.Run(["--force"], output, error, Today));
        Assert.Contains("Unrecognized command or argument '--force'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, output.ToString());
    }
}
