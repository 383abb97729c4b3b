using RatificationApi.Domain;

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
        IsoDate.TryParseDay(text, out day);

    /// <summary>A date as the database stores it (ISO 8601, already validated), or null.</summary>
    public static DateOnly? Day(string? text) =>
        text is null ? null : IsoDate.ParseDay(text) ?? throw new FormatException($"'{text}' is not a YYYY-MM-DD day.");

    /// <summary>The <c>asOf</c> a request asks for (already validated), or today.</summary>
    public static DateOnly AsOf(string? asOf, DateOnly today) => TryParseDay(asOf, out var day) ? day : today;

    public static string Iso(DateOnly day) => IsoDate.Format(day);
}
