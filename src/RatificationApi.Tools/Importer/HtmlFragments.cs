using System.Text.RegularExpressions;

namespace RatificationApi.Importer;

/// <summary>
/// Just enough HTML for a saved status page: elements found by (the end of) their id, and table rows and
/// cells. It is tolerant rather than complete: tag names are matched case-insensitively, attribute quotes
/// are optional, and a missing <c>&lt;/td&gt;</c> or <c>&lt;/tr&gt;</c> ends at the next cell or row.
/// ASP.NET prefixes ids with master-page names that changed over time, so ids are matched by suffix.
/// </summary>
internal sealed partial class HtmlFragments
{
    private readonly string _html;
    private readonly List<(string Id, string Tag, int ContentStart)> _elements;

    public HtmlFragments(string html)
    {
        _html = html;
        _elements = [.. OpeningTagWithId().Matches(html).Select(m => (m.Groups["id"].Value, m.Groups["tag"].Value, m.Index + m.Length))];
    }

    /// <summary>The inner markup of the first element whose id ends with <paramref name="idSuffix"/>, or null.</summary>
    public string? ById(string idSuffix)
    {
        var element = _elements.FirstOrDefault(e => e.Id.EndsWith(idSuffix, StringComparison.Ordinal));
        return element.Id is null ? null : Inner(element.Tag, element.ContentStart);
    }

    /// <summary>The inner markup of every element whose whole id matches <paramref name="pattern"/>, in document order, with the match.</summary>
    public IEnumerable<(Match Id, string Inner)> ByIdPattern(Regex pattern)
    {
        foreach (var (id, tag, start) in _elements)
        {
            if (pattern.Match(id) is { Success: true } match)
            {
                yield return (match, Inner(tag, start));
            }
        }
    }

    /// <summary>The rows of a table's inner markup, each as its cells' inner markup (td or th).</summary>
    public static IReadOnlyList<IReadOnlyList<string>> TableRows(string tableInner)
    {
        var rows = new List<IReadOnlyList<string>>();
        var rowStarts = RowStart().Matches(tableInner).Select(m => m.Index + m.Length).ToList();
        for (var i = 0; i < rowStarts.Count; i++)
        {
            var end = i + 1 < rowStarts.Count ? rowStarts[i + 1] : tableInner.Length;
            var row = tableInner[rowStarts[i]..end];
            var cellStarts = CellStart().Matches(row).Select(m => m.Index + m.Length).ToList();
            var cells = new List<string>();
            for (var j = 0; j < cellStarts.Count; j++)
            {
                var cellEnd = j + 1 < cellStarts.Count ? cellStarts[j + 1] : row.Length;
                var cell = row[cellStarts[j]..cellEnd];
                var close = CellOrRowEnd().Match(cell);
                cells.Add(close.Success ? cell[..close.Index] : cell);
            }

            rows.Add(cells);
        }

        return rows;
    }

    // Finds the matching end tag by counting nested elements of the same name; an unclosed element runs to the end.
    private string Inner(string tag, int contentStart)
    {
        var depth = 1;
        var pattern = new Regex($@"<(?<close>/)?{Regex.Escape(tag)}\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var match = pattern.Match(_html, contentStart); match.Success; match = match.NextMatch())
        {
            if (match.Groups["close"].Success)
            {
                depth--;
                if (depth == 0)
                {
                    return _html[contentStart..match.Index];
                }
            }
            else if (!match.Value.EndsWith("/>", StringComparison.Ordinal))
            {
                depth++;
            }
        }

        return _html[contentStart..];
    }

    [GeneratedRegex(@"<(?<tag>[A-Za-z][A-Za-z0-9]*)\b[^>]*?\bid\s*=\s*[""']?(?<id>[^""'\s>]+)[""']?[^>]*>")]
    private static partial Regex OpeningTagWithId();

    [GeneratedRegex(@"<tr\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex RowStart();

    [GeneratedRegex(@"<t[dh]\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellStart();

    [GeneratedRegex(@"</t[dhr]\s*>|</table\s*>", RegexOptions.IgnoreCase)]
    private static partial Regex CellOrRowEnd();
}
