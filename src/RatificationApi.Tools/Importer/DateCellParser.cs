using System.Globalization;
using System.Text.RegularExpressions;

namespace RatificationApi.Importer;

/// <summary>
/// Parses a participants-table cell such as <c>16 Nov 1966 a</c>, <c>[ 24 Apr 1963 ]</c> or
/// <c>29 May&#9; 2013</c> with the tolerant pattern of FORMAT.md §4.4: whitespace (TAB, NBSP, runs of
/// spaces) anywhere, 3-letter or longer month names (<c>Sept</c>, <c>July</c>), an optional marker, brackets.
/// </summary>
internal static partial class DateCellParser
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    /// <summary>
    /// Null with no error for an empty cell; a cell for a date; null with <paramref name="error"/> set when
    /// the text is not a date cell.
    /// </summary>
    public static DateCell? Parse(string text, ParticipantColumn column, out string? error)
    {
        error = null;
        var clean = MtdsgText.CollapseWhitespace(text);
        if (clean.Length == 0)
        {
            return null;
        }

        var match = Cell().Match(clean);
        var month = match.Success ? Array.IndexOf(Months, match.Groups["month"].Value.ToLowerInvariant()) + 1 : 0;
        if (month == 0
            || !int.TryParse(match.Groups["day"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            || !int.TryParse(match.Groups["year"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            error = $"'{clean}' is not a date of the form 'D Mon YYYY [marker]'";
            return null;
        }

        // A bracket on either side marks a withdrawn participant; the site tests only the opening one.
        var bracketed = match.Groups["open"].Success || match.Groups["close"].Success;
        var marker = match.Groups["marker"].Value;
        var item = column.Item(marker);
        if (item is null)
        {
            error = marker.Length == 0
                ? $"'{clean}' has no marker, and the legend '{column.Header}' has no unmarked item"
                : $"'{clean}' has the marker '{marker}', which the legend '{column.Header}' does not define";
        }

        return new DateCell(new DateOnly(year, month, day), marker, item, bracketed, clean);
    }

    [GeneratedRegex(@"^(?<open>\[)?\s*(?<day>\d{1,2})\s*(?<month>[A-Za-z]{3})[A-Za-z]*\.?\s*(?<year>\d{4})\s*(?<marker>[A-Za-z]{1,3})?\s*(?<close>\])?$")]
    private static partial Regex Cell();
}
