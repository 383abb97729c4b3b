using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>An SVG image response.</summary>
public sealed class SvgResult(string svg) : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "image/svg+xml";

    public string Svg { get; } = svg;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Encoding.UTF8.GetBytes(Svg);
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = $"{MediaType}; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), [MediaType]));
    }
}
