using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>An SVG image response.</summary>
public sealed class SvgResult : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "image/svg+xml";

    /// <summary>The Content-Type sent, which the metadata (so the OpenAPI document and the Accept check) names too, charset included.</summary>
    public const string ContentType = $"{MediaType}; charset=utf-8";

    private readonly string? _svg;
    private readonly StringBuilder? _chunks;

    public SvgResult(string svg) => _svg = svg;

    /// <summary>An image too large to make into one string (a world map), written from its builder's chunks.</summary>
    public SvgResult(StringBuilder svg) => _chunks = svg;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        return _chunks is not null
            ? Utf8Text.WriteAsync(httpContext.Response, _chunks, httpContext.RequestAborted)
            : Utf8Text.WriteAsync(httpContext.Response, _svg!, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentType]));
    }
}
