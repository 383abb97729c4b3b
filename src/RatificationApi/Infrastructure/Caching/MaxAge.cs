using System.Globalization;
using Microsoft.Extensions.Options;

namespace RatificationApi.Infrastructure.Caching;

/// <summary>The Cache-Control of every cached answer: <c>public, max-age=…</c>, never reaching past the next midnight UTC, when today's answers change.</summary>
internal sealed class MaxAge(TimeProvider time, IOptions<RepresentationCacheOptions> options)
{
    private readonly int _maxAgeSeconds = options.Value.MaxAgeSeconds;
    private volatile Value? _current;

    public string CacheControl()
    {
        var now = time.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        var current = _current;
        if (current is not null && current.Second == second)
        {
            return current.Text;
        }

        var untilMidnight = (long)(now.UtcDateTime.Date.AddDays(1) - now.UtcDateTime).TotalSeconds;
        var text = $"public, max-age={Math.Min(_maxAgeSeconds, untilMidnight).ToString(CultureInfo.InvariantCulture)}";
        _current = new Value(second, text);
        return text;
    }

    private sealed record Value(long Second, string Text);
}
