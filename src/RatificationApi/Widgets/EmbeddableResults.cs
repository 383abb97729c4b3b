using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.Caching;

namespace RatificationApi.Widgets;

/// <summary>
/// Writes a page or image made to be shown inside other sites, with its own Content-Security-Policy (which also
/// keeps SecurityHeaders from adding X-Frame-Options).
/// </summary>
/// <remarks>
/// Widgets and badges depend only on the request's path and query, the data and the day, so the representation
/// cache keeps them like every other answer: the same strong ETag, 304s, Cache-Control and compressed copies.
/// The embed page is the exception: its snippets name the host the request came to, which is not part of the
/// cache key, so it is never kept there (it says <c>Cache-Control</c> itself) and carries an ETag of its body.
/// </remarks>
internal static class EmbeddableResponse
{
    /// <summary>Framable by any site; no script, nothing loaded from anywhere, styles and images inline only.</summary>
    public const string FramablePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors *; base-uri 'none'; form-action 'none'";

    /// <summary>The embed page: shows this service's widgets in frames, submits its form to itself, is not framed itself.</summary>
    public const string EmbedPagePolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>The embed page's own caching: browsers may keep it briefly, shared caches (keyed without the host) may not.</summary>
    public const string EmbedPageCacheControl = "private, max-age=300";

    public static string StrongETag(byte[] body) => $"\"{Data.Sha256.Hex(body)}\"";

    public static async Task WriteAsync(HttpContext context, string body, string mediaType, string policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.Response;
        response.Headers.ContentSecurityPolicy = policy;
        if (policy == EmbedPagePolicy)
        {
            response.Headers.XFrameOptions = "DENY";
            var etag = StrongETag(Encoding.UTF8.GetBytes(body));
            response.Headers.CacheControl = EmbedPageCacheControl;
            response.Headers.ETag = etag;
            if (ConditionalRequests.IfNoneMatch(context.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }
        }

        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeOf(mediaType);
        await Utf8Text.WriteAsync(response, body, context.RequestAborted);
    }

    /// <summary>A page too large to make into one string (the map widget), written from its builder's chunks; never the embed page.</summary>
    public static Task WriteAsync(HttpContext context, StringBuilder body, string mediaType, string policy)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (policy == EmbedPagePolicy)
        {
            throw new ArgumentException("The embed page carries an ETag of its body: write it as a string.", nameof(policy));
        }

        var response = context.Response;
        response.Headers.ContentSecurityPolicy = policy;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentTypeOf(mediaType);
        return Utf8Text.WriteAsync(response, body, context.RequestAborted);
    }

    /// <summary>The Content-Type sent, which the metadata (so the OpenAPI document and the Accept check) names too, charset included.</summary>
    internal static string ContentTypeOf(string mediaType) => $"{mediaType}; charset=utf-8";

    internal static void AddMetadata(EndpointBuilder builder, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentTypeOf(mediaType)]));
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
    }
}

/// <summary>An HTML page made to be embedded (or, for the embed page, to embed the others).</summary>
public sealed class EmbeddableHtmlResult : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/html";

    private readonly string? _html;
    private readonly StringBuilder? _chunks;
    private readonly string _policy;

    public EmbeddableHtmlResult(string html, string policy) => (_html, _policy) = (html, policy);

    /// <summary>A page too large to make into one string (the map widget), written from its builder's chunks.</summary>
    public EmbeddableHtmlResult(StringBuilder html, string policy) => (_chunks, _policy) = (html, policy);

    public Task ExecuteAsync(HttpContext httpContext) => _chunks is not null
        ? EmbeddableResponse.WriteAsync(httpContext, _chunks, MediaType, _policy)
        : EmbeddableResponse.WriteAsync(httpContext, _html!, MediaType, _policy);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        EmbeddableResponse.AddMetadata(builder, MediaType);
}

/// <summary>An SVG image made to be embedded with &lt;img&gt;.</summary>
public sealed class EmbeddableSvgResult(string svg) : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "image/svg+xml";

    public string Svg { get; } = svg;

    public Task ExecuteAsync(HttpContext httpContext) => EmbeddableResponse.WriteAsync(httpContext, Svg, MediaType, EmbeddableResponse.FramablePolicy);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        EmbeddableResponse.AddMetadata(builder, MediaType);
}
