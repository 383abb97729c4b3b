using System.Globalization;

namespace RatificationApi.Infrastructure.Caching;

/// <summary>The day whose answers the cache holds; its key prefix keeps answers of one day from being served on another.</summary>
internal sealed record CacheDay(DateOnly Today, string KeyPrefix, long StartsAtTicks, long EndsAtTicks)
{
    public static CacheDay Of(DateOnly today)
    {
        var start = today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return new CacheDay(today, $"{Dates.Iso(today)}|", start.Ticks, start.AddDays(1).Ticks);
    }

    public bool Contains(long utcTicks) => utcTicks >= StartsAtTicks && utcTicks < EndsAtTicks;
}

internal static class CacheKeys
{
    /// <summary>
    /// Not for paths whose answers must always be fresh (health) or that serve their own files with their own
    /// validators (Swagger UI, the downloadable files under /v1/downloads/: streamed from disk, never copied in memory).
    /// </summary>
    public static bool Applies(PathString path) =>
        !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase)
        && !(path.Value ?? string.Empty).StartsWith("/v1/downloads/", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The key of a request: everything its answer depends on. The query is the raw query string: reordering
    /// parameters would not be safe, since the change feed's <c>next</c> link repeats them in the order given.
    /// Headers enter only as the choice they lead to (a language of six, CSV or not), so that the many ways of
    /// writing Accept-Language do not make many copies of one answer.
    /// </summary>
    public static string Of(CacheDay day, HttpRequest request)
    {
        // The path is decoded (a %3F in it is a '?'), so its length goes first: /a%3Fb and /a?b are different keys.
        var path = string.Concat(request.PathBase.Value, request.Path.Value);
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{day.KeyPrefix}{path.Length}:{path}{request.QueryString.Value}|{LanguageNegotiation.FromAcceptLanguage(request)}{(ResponseFormat.AcceptPrefersCsv(request) ? "|csv" : string.Empty)}");
    }
}
