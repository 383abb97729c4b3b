using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using CsvHelper;

namespace RatificationApi.Tests.Docs;

/// <summary>
/// The README is what a newcomer reads first, so it must stay short, say truthfully how current each
/// instrument's data is, and send nobody to a file that is not there.
/// </summary>
public partial class ReadmeTests
{
    private const int ReadmeByteLimit = 12 * 1024;
    private const string CurrencyHeading = "## How current the data is";

    private static readonly string Root = FindRoot(AppContext.BaseDirectory);

    [Fact]
    public void Readme_Size_IsAtMost12KiB()
    {
        var size = new FileInfo(Path.Combine(Root, "README.md")).Length;

        Assert.True(size <= ReadmeByteLimit,
            $"README.md is {size:N0} bytes, over {ReadmeByteLimit:N0}: move detail into docs/ and link to it.");
    }

    [Fact]
    public void Readme_CompleteAsAtDates_MatchInstrumentsCsv()
    {
        var expected = CompleteAsAtFromCsv(File.ReadAllText(Path.Combine(Root, "data", "instruments.csv")));

        var problems = CurrencyTableProblems(File.ReadAllText(Path.Combine(Root, "README.md")), expected);

        Assert.True(problems.Count == 0,
            "README.md's table under \"" + CurrencyHeading + "\" disagrees with data/instruments.csv (complete_as_at):\n"
            + string.Join('\n', problems));
    }

    [Fact]
    public void CurrencyTable_WrongMissingAndUnknownRows_AreReported()
    {
        const string readme = """
            # Title

            ## How current the data is

            | instrument | complete as at | source of that date |
            |---|---|---|
            | `cedaw` CEDAW | 2026-02-03 | a page |
            | `opsc` OPSC | 2018-01-15 | a copy |
            | `unknown` Something | 2020-01-01 | nowhere |

            ## Next
            """;
        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["cedaw"] = "2026-02-03",
            ["opsc"] = "2026-02-03",
            ["untoc"] = "2014-01-27",
        };

        var problems = CurrencyTableProblems(readme, expected);

        Assert.Equal(
            [
                "opsc: the README says 2018-01-15, data/instruments.csv 2026-02-03",
                "unknown: in the README but not in data/instruments.csv",
                "untoc: no row in the README (data/instruments.csv says 2014-01-27)",
            ],
            problems);
    }

    [Fact]
    public void ReadmeAndDocs_RelativeLinks_PointAtExistingFilesAndHeadings()
    {
        var files = new[] { Path.Combine(Root, "README.md") }
            .Concat(Directory.EnumerateFiles(Path.Combine(Root, "docs"), "*.md"))
            .Order(StringComparer.Ordinal);

        var broken = files.SelectMany(file => BrokenLinks(file, File.ReadAllText(file), Root)).ToList();

        Assert.True(broken.Count == 0, "Links to nothing:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void BrokenLinks_MissingFileOrHeading_IsReportedAndCodeIsIgnored()
    {
        var folder = Directory.CreateTempSubdirectory("readme-links-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "docs"));
            File.WriteAllText(Path.Combine(folder.FullName, "docs", "a.md"), "# A\n\n## Deployment: the build\n");
            var page = Path.Combine(folder.FullName, "README.md");
            const string text = """
                [fine](docs/a.md#deployment-the-build) [site](https://example.org/x.md) [here](#top)
                [gone](docs/b.md) ![gone too](img/x.png "title") [wrong heading](docs/a.md#deployment)
                `[in code](nowhere.md)`

                ```md
                [in a block](nowhere.md)
                ```
                """;

            var broken = BrokenLinks(page, text, folder.FullName);

            Assert.Equal(
                [
                    "README.md:2: docs/b.md (no such file)",
                    "README.md:2: img/x.png (no such file)",
                    "README.md:2: docs/a.md#deployment (no such heading in docs/a.md)",
                ],
                broken);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static Dictionary<string, string> CompleteAsAtFromCsv(string csvText)
    {
        using var csv = new CsvReader(new StringReader(csvText), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        var dates = new Dictionary<string, string>(StringComparer.Ordinal);
        while (csv.Read())
        {
            dates.Add(csv.GetField("id")!, csv.GetField("complete_as_at")!);
        }

        return dates;
    }

    /// <summary>
    /// Reads the table under <see cref="CurrencyHeading"/>: its instrument column names the id in backticks,
    /// its "complete as at" column the date. One line per disagreement, sorted by id.
    /// </summary>
    private static List<string> CurrencyTableProblems(string readme, IReadOnlyDictionary<string, string> expected)
    {
        var lines = readme.Split('\n').Select(line => line.TrimEnd('\r').Trim()).ToList();
        var start = lines.IndexOf(CurrencyHeading);
        if (start < 0)
        {
            return [$"no section \"{CurrencyHeading}\""];
        }

        var table = lines.Skip(start + 1)
            .SkipWhile(line => !line.StartsWith('|'))
            .TakeWhile(line => line.StartsWith('|'))
            .Select(Cells)
            .ToList();
        var dateColumn = table.Count == 0 ? -1 : table[0].FindIndex(cell => cell.Equals("complete as at", StringComparison.OrdinalIgnoreCase));
        if (dateColumn < 0)
        {
            return [$"no table with a \"complete as at\" column under \"{CurrencyHeading}\""];
        }

        var problems = new List<(string Id, string Problem)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Skip(2))
        {
            var id = BacktickedId().Match(row[0]) is { Success: true } match ? match.Groups[1].Value : row[0];
            var date = dateColumn < row.Count ? row[dateColumn] : "";
            if (!seen.Add(id))
            {
                problems.Add((id, $"{id}: more than one row in the README"));
            }
            else if (!expected.TryGetValue(id, out var csvDate))
            {
                problems.Add((id, $"{id}: in the README but not in data/instruments.csv"));
            }
            else if (!string.Equals(date, csvDate, StringComparison.Ordinal))
            {
                problems.Add((id, $"{id}: the README says {date}, data/instruments.csv {csvDate}"));
            }
        }

        problems.AddRange(expected.Keys.Where(id => !seen.Contains(id))
            .Select(id => (id, $"{id}: no row in the README (data/instruments.csv says {expected[id]})")));
        return problems.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => p.Problem).ToList();
    }

    private static List<string> Cells(string row) => row.Trim('|').Split('|').Select(cell => cell.Trim()).ToList();

    /// <summary>
    /// Every Markdown link or image in <paramref name="text"/> (outside code) whose target is a path in the
    /// repository and does not exist, or names a heading its Markdown file does not have.
    /// </summary>
    private static List<string> BrokenLinks(string file, string text, string root)
    {
        var broken = new List<string>();
        var name = Path.GetRelativePath(root, file).Replace('\\', '/');
        var inFence = false;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            if (rawLine.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }

            if (inFence)
            {
                continue;
            }

            foreach (Match link in MarkdownLink().Matches(InlineCode().Replace(rawLine, "")))
            {
                var target = link.Groups["target"].Value;
                if (target.StartsWith('#') || UriScheme().IsMatch(target))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
                var anchor = hash < 0 ? null : target[(hash + 1)..];
                var resolved = path.StartsWith('/')
                    ? Path.GetFullPath(Path.Combine(root, path.TrimStart('/')))
                    : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, path));
                if (!File.Exists(resolved) && !Directory.Exists(resolved))
                {
                    broken.Add($"{name}:{lineNumber}: {target} (no such file)");
                }
                else if (anchor is not null && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                    && !HeadingSlugs(File.ReadAllText(resolved)).Contains(anchor))
                {
                    broken.Add($"{name}:{lineNumber}: {target} (no such heading in {path})");
                }
            }
        }

        return broken;
    }

    /// <summary>The anchors GitHub gives a file's headings: lower case, punctuation dropped, spaces as hyphens.</summary>
    private static HashSet<string> HeadingSlugs(string markdown)
    {
        var slugs = new HashSet<string>(StringComparer.Ordinal);
        var inFence = false;
        foreach (var line in markdown.Split('\n'))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && Heading().Match(line.TrimEnd('\r')) is { Success: true } heading)
            {
                var slug = new StringBuilder();
                foreach (var c in heading.Groups[1].Value.Trim().ToLowerInvariant())
                {
                    if (char.IsLetterOrDigit(c) || c is '-' or '_')
                    {
                        slug.Append(c);
                    }
                    else if (c == ' ')
                    {
                        slug.Append('-');
                    }
                }

                slugs.Add(slug.ToString());
            }
        }

        return slugs;
    }

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RatificationApi.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The tests must run inside a clone of the repository (RatificationApi.sln not found).");
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex("`[^`]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    [GeneratedRegex("^`([^`]+)`")]
    private static partial Regex BacktickedId();

    [GeneratedRegex("^#{1,6}\\s+(.+?)\\s*#*$")]
    private static partial Regex Heading();
}
