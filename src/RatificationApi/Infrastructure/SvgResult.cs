using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>An SVG image response.</summary>
public sealed class SvgResult(string svg) : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "image/svg+xml";

    /// <summary>The Content-Type sent, which the metadata (so the OpenAPI document and the Accept check) names too, charset included.</summary>
    public const string ContentType = $"{MediaType}; charset=utf-8";

    public string Svg { get; } = svg;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        // Encoded into the response in pieces: a world map's 120 KB would otherwise be one more large-object allocation.
        httpContext.Response.ContentLength = Encoding.UTF8.GetByteCount(Svg);
        await httpContext.Response.WriteAsync(Svg, Encoding.UTF8, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [ContentType]));
    }
}
