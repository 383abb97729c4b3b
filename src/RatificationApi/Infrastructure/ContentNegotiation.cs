using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Answers 406 when the <c>Accept</c> header admits none of the media types an endpoint can produce
/// (read from its own response metadata, so it cannot drift from the OpenAPI document). A request
/// with no Accept header, or one that admits problem details only, is served as usual.
/// </summary>
public static class ContentNegotiation
{
    public static IApplicationBuilder UseAcceptCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        var accept = context.Request.Headers.Accept;
        if (endpoint is null || accept.Count == 0 || !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var produced = endpoint.Metadata.GetOrderedMetadata<IProducesResponseTypeMetadata>()
            .Where(m => m.StatusCode == StatusCodes.Status200OK)
            .SelectMany(m => m.ContentTypes)
            .Concat(endpoint.Metadata.GetOrderedMetadata<AlternativeMediaTypeMetadata>().Select(m => m.MediaType))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (produced.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var wanted) || wanted.Any(w => produced.Any(p => Admits(w, p))))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status406NotAcceptable;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status406NotAcceptable,
                Title = NotAcceptableTitle,
                Detail = NotAcceptableDetail(produced),
            },
        });
    });

    /// <summary>The title of the 406 problem (the OpenAPI document's example of it uses the same words).</summary>
    internal const string NotAcceptableTitle = "Not acceptable";

    /// <summary>The detail of the 406 problem of a resource that has the media types <paramref name="produced"/>.</summary>
    internal static string NotAcceptableDetail(IEnumerable<string> produced) =>
        $"The Accept header admits none of the media types this resource has: {string.Join(", ", produced)}.";

    /// <summary>Whether the request's Accept header (or its absence) admits <paramref name="contentType"/>.</summary>
    public static bool AcceptAdmits(HttpRequest request, string contentType)
    {
        ArgumentNullException.ThrowIfNull(request);
        var accept = request.Headers.Accept;
        if (accept.Count == 0 || string.IsNullOrEmpty(contentType) || !MediaTypeHeaderValue.TryParseList(accept, out var wanted))
        {
            return true;
        }

        // The whole Content-Type, parameters included, as the Accept check compares the metadata's: a request for text/csv
        // admits text/csv; charset=utf-8; header=present, and so does a request for exactly that.
        return wanted.Any(w => Admits(w, contentType));
    }

    private static bool Admits(MediaTypeHeaderValue wanted, string produced) =>
        (wanted.Quality ?? 1) > 0 && MediaTypeHeaderValue.Parse(produced).IsSubsetOf(wanted);
}
