using RatificationApi.Data;

namespace RatificationApi.Infrastructure;

/// <summary>
/// The language of names and titles: the <c>lang</c> query parameter when given (validated elsewhere),
/// else the first of the six UN languages that <c>Accept-Language</c> asks for, else English.
/// </summary>
public static class LanguageNegotiation
{
    public static string Resolve(string? lang, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Content-Language is set here, with the answer's other headers, so the representation cache keeps it with the
        // body (CachedRepresentation): a hit sends it back at no cost. Vary goes on whether or not lang was given, so that
        // ?lang=fr and Accept-Language: fr are one representation with one ETag.
        var chosen = lang ?? FromAcceptLanguage(context.Request);
        context.Response.Headers.ContentLanguage = chosen;
        context.Response.Headers.Append("Vary", "Accept-Language");
        return chosen;
    }

    /// <summary>The language Accept-Language leads to (English without one).</summary>
    public static string FromAcceptLanguage(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Headers.AcceptLanguage.Count == 0)
        {
            return Languages.Default;
        }

        var accepted = request.GetTypedHeaders().AcceptLanguage;
        if (accepted is null)
        {
            return Languages.Default;
        }

        foreach (var language in accepted.Where(l => (l.Quality ?? 1) > 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var tag = language.Value.Value ?? string.Empty;
            var primary = tag.Split('-')[0].ToLowerInvariant();
            if (Languages.IsSupported(primary))
            {
                return primary;
            }
        }

        return Languages.Default;
    }
}
