using System.Globalization;
using System.Text;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Snapshots;

/// <summary>
/// Whole answers compared byte for byte with committed files: the request, the status line, the headers a client
/// acts on, and the body exactly as sent. A difference fails with the first line that differs; an intended change is
/// committed by regenerating the files with <c>UPDATE_SNAPSHOTS=1</c> and reviewing their diff.
/// </summary>
public static class Snapshot
{
    public const string UpdateVariable = "UPDATE_SNAPSHOTS";

    // Headers that say how to read, cache and embed the body. ETag and Content-Length are left out: they follow from
    // the body, which is compared whole.
    private static readonly string[] Headers =
        ["Content-Type", "Content-Language", "Vary", "Cache-Control", "Allow", "Content-Security-Policy", "X-Frame-Options"];

    public static string Folder { get; } = Path.Combine(TestPaths.RepositoryRoot(), "tests", "RatificationApi.Tests", "Snapshots");

    /// <summary>GETs <paramref name="url"/> and renders the answer as a snapshot.</summary>
    public static async Task<string> Take(HttpClient client, string url, string? accept = null, HttpMethod? method = null)
    {
        using var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(url, UriKind.Relative));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{request.Method} {url}\n");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
            text.Append(CultureInfo.InvariantCulture, $"Accept: {accept}\n");
        }

        using var response = await client.SendAsync(request);
        text.Append(CultureInfo.InvariantCulture, $"\nHTTP {(int)response.StatusCode} {response.ReasonPhrase}\n");
        foreach (var name in Headers)
        {
            if (response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values))
            {
                text.Append(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", values)}\n");
            }
        }

        text.Append('\n').Append(await response.Content.ReadAsStringAsync());
        return text.ToString();
    }

    /// <summary>Asserts that <paramref name="actual"/> is, byte for byte, the committed <c>Snapshots/{name}.txt</c>.</summary>
    public static void Matches(string name, string actual)
    {
        var path = Path.Combine(Folder, name + ".txt");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, Encoding.UTF8.GetBytes(actual));
            return;
        }

        var regenerate = $"If the change is intended, run {UpdateVariable}=1 dotnet test tests/RatificationApi.Tests --filter FullyQualifiedName~Snapshots and review the diff of {Folder}.";
        Assert.True(File.Exists(path), $"The snapshot {path} does not exist. {regenerate}");
        var expected = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        if (!string.Equals(expected, actual, StringComparison.Ordinal))
        {
            Assert.Fail($"The answer differs from the snapshot {name}.txt. {Difference(expected, actual)}\n{regenerate}");
        }
    }

    /// <summary>Where two texts first differ: line and column, and that line in both (cut around the difference).</summary>
    public static string Difference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var line = 1 + expected.AsSpan(0, at).Count('\n');
        var lineStart = at == 0 ? 0 : expected.LastIndexOf('\n', at - 1) + 1;
        var column = at - lineStart + 1;
        return $"First difference at line {line}, column {column} (character {at}):\n"
            + $"  expected: {Around(expected, at)}\n"
            + $"  actual:   {Around(actual, at)}";
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 40);
        var end = Math.Min(text.Length, at + 60);
        var before = (start > 0 ? "…" : "") + Visible(text[start..at]) + "⟦";
        return at == text.Length ? before + "(ends here)" : before + Visible(text[at..end]) + (end < text.Length ? "…" : "");
    }

    private static string Visible(string text) => text.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
}
