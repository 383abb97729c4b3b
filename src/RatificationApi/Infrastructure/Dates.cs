using System.Globalization;

namespace RatificationApi.Infrastructure;

/// <summary>Dates as the API reads and writes them: ISO 8601 calendar dates, in UTC.</summary>
public static class Dates
{
    public static DateOnly Today(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
    }

    public static bool TryParseDay(string? text, out DateOnly day) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);

    /// <summary>A date as the database stores it (ISO 8601, already validated), or null.</summary>
    public static DateOnly? Day(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The <c>asOf</c> a request asks for (already validated), or today.</summary>
    public static DateOnly AsOf(string? asOf, DateOnly today) => TryParseDay(asOf, out var day) ? day : today;

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
