using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace RatificationApi.Infrastructure.Caching;

public static class ConditionalRequests
{
    /// <summary>
    /// Whether <c>If-None-Match</c> names <paramref name="etag"/> (weak comparison, as RFC 9110 asks for GET) or is
    /// <c>*</c>. Items that are not entity tags are ignored, as the lenient list parser skips them.
    /// </summary>
    public static bool IfNoneMatch(StringValues header, string etag)
    {
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        foreach (var tag in tags)
        {
            // Weak comparison: the tags' opaque parts are equal, whether either is weak or not.
            if (tag.Tag.Equals("*", StringComparison.Ordinal) || tag.Tag.Equals(etag, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
