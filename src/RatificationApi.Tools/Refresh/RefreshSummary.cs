using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RatificationApi.Domain;
using RatificationApi.Importer;

namespace RatificationApi.Refresh;

/// <summary>What <c>refresh</c> did to one instrument.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RefreshStatus>))]
internal enum RefreshStatus
{
    [JsonStringEnumMemberName("unchanged")]
    Unchanged,
    [JsonStringEnumMemberName("changed")]
    Changed,
    [JsonStringEnumMemberName("failed")]
    Failed,
}

/// <summary>Rows added, changed and removed, as the diff counts them.</summary>
internal sealed record RefreshCounts(int Added, int Changed, int Removed)
{
    public static readonly RefreshCounts None = new(0, 0, 0);

    public static RefreshCounts From(ChangeCounts counts) => new(counts.Added, counts.Changed, counts.Removed);

    public override string ToString() => $"{Added} added, {Changed} changed, {Removed} removed";
}

/// <summary>
/// One instrument's line of the summary. Parties and signatories are the API's own counts today (the status fold,
/// as <c>COVERAGE.md</c> computes "now"), before the run and as <c>data/</c> holds it after; a failed instrument is
/// left as it was, so its after equals its before.
/// </summary>
internal sealed record InstrumentRefresh(
    string Id,
    string Url,
    RefreshStatus Status,
    string? StatusAsAt,
    int PartiesBefore,
    int PartiesAfter,
    int SignatoriesBefore,
    int SignatoriesAfter,
    RefreshCounts Actions,
    RefreshCounts Statements,
    IReadOnlyList<string> Errors)
{
    public string Line() => Status == RefreshStatus.Failed
        ? $"{Id}: failed: {string.Join(" ", Errors)}"
        : $"{Id}: {Status.ToString().ToLowerInvariant()}: parties {PartiesBefore} -> {PartiesAfter}, signatories {SignatoriesBefore} -> {SignatoriesAfter}; " +
            $"actions {Actions}; statements {Statements}; status as at {StatusAsAt}.";
}

/// <summary>The whole run, as <c>--summary</c> writes it.</summary>
internal sealed record RefreshSummary(int ExitCode, bool DryRun, IReadOnlyList<InstrumentRefresh> Instruments, IReadOnlyList<string> Errors)
{
    public static string Day(DateOnly date) => IsoDate.Format(date);
}

[JsonSerializable(typeof(RefreshSummary))]
internal sealed partial class RefreshJsonContext : JsonSerializerContext;

/// <summary>Writes the summary with URLs as they are (<c>&amp;</c>, not <c>\u0026</c>): a file for people and scripts, never embedded in HTML.</summary>
internal static class RefreshSummaryJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = RefreshJsonContext.Default,
    };

    public static string Serialize(RefreshSummary summary) =>
        JsonSerializer.Serialize(summary, (JsonTypeInfo<RefreshSummary>)Options.GetTypeInfo(typeof(RefreshSummary)));
}
