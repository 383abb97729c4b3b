using Microsoft.Net.Http.Headers;
using Microsoft.OpenApi;
using RatificationApi.Infrastructure.Caching;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Conditional requests and caching in the contract, so that a generated client can revalidate: the <c>ETag</c>,
/// <c>Cache-Control</c> and <c>Vary</c> an answer carries, and <c>If-None-Match</c> on every operation that documents a
/// 304. Which answers carry them follows from the one place that sends them: the representation cache serves every
/// answer whose path <see cref="CacheKeys.Applies"/> to; the health checks say <c>no-store</c>; a file download
/// (which declares its own ETag) says its own Cache-Control. A test walks every GET of the document and fails when a
/// declared header is not sent or a sent one is not declared.
/// </summary>
internal sealed class ConditionalRequestsFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        if (operation.Responses is not { } responses)
        {
            return;
        }

        // A group's own route ("/v1/downloads" mapped as "/") comes with a trailing slash that requests do not have.
        var path = new PathString("/" + (context.ApiDescription.RelativePath ?? string.Empty).Split('?')[0].TrimEnd('/'));
        var health = path.StartsWithSegments("/health", StringComparison.Ordinal);
        var cached = !health && CacheKeys.Applies(path);
        if (responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            Declare(success, HeaderNames.CacheControl, health ? HealthCacheControl : cached ? CachedCacheControl : FileCacheControl);
            if (cached)
            {
                Declare(success, HeaderNames.ETag, ETag);
                Declare(success, HeaderNames.Vary, Vary);
            }
        }

        if (health && responses.TryGetValue("503", out var unready) && unready is OpenApiResponse notReady)
        {
            Declare(notReady, HeaderNames.CacheControl, HealthCacheControl);
        }

        if (responses.TryGetValue("304", out var same) && same is OpenApiResponse notModified)
        {
            Declare(notModified, HeaderNames.ETag, ETag);
            Declare(notModified, HeaderNames.CacheControl, cached ? CachedCacheControl : FileCacheControl);
            if (cached)
            {
                Declare(notModified, HeaderNames.Vary, Vary);
            }

            operation.Parameters ??= [];
            if (!operation.Parameters.Any(p => p.In == ParameterLocation.Header && string.Equals(p.Name, HeaderNames.IfNoneMatch, StringComparison.OrdinalIgnoreCase)))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = HeaderNames.IfNoneMatch,
                    In = ParameterLocation.Header,
                    Required = false,
                    Description = "The ETag (or ETags, comma-separated, or *) of the copy the client holds: while it is current the answer is 304 "
                        + "Not Modified with no body. An ETag names one representation (language, media type, encoding), so send the one that came with it.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                });
            }
        }
    }

    private const string ETag = "A strong ETag of this representation (its bytes, language, media type and encoding), the same on every replica "
        + "serving the same data: send it back in If-None-Match to get 304 while it is current.";

    private const string CachedCacheControl = "public, max-age of at most 300 seconds, and never past the next midnight UTC, when answers "
        + "about today change (the embed page, which echoes the request: private).";

    private const string FileCacheControl = "public, max-age=300: the file changes only with a new deployment; revalidate with the ETag.";

    private const string HealthCacheControl = "no-store: the answer describes this instant of this process.";

    private const string Vary = "The request headers the answer depends on besides the URL: Accept-Language where it has a language, Accept "
        + "where CSV can be asked for, Accept-Encoding where it is large enough to be sent compressed.";

    private static void Declare(OpenApiResponse response, string name, string description)
    {
        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers.TryAdd(name, new OpenApiHeader { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
    }
}
