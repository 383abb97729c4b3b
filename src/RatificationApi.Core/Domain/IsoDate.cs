using System.Globalization;

namespace RatificationApi.Domain;

/// <summary>
/// The one spelling of a calendar day everywhere in the data, the database and the tools: ISO 8601 <c>YYYY-MM-DD</c>,
/// in the invariant culture, so that a reviewer's or a server's locale never changes what is read or written.
/// </summary>
public static class IsoDate
{
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>The day of <c>YYYY-MM-DD</c>, or null when the text is not a day that exists.</summary>
    public static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    public static string Format(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary><c>YYYY-MM</c>: the month of a partial date.</summary>
    public static string FormatMonth(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary><c>YYYY</c>: the year of a partial date.</summary>
    public static string FormatYear(DateOnly day) => day.ToString("yyyy", CultureInfo.InvariantCulture);
}
