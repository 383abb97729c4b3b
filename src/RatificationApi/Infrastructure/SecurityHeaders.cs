namespace RatificationApi.Infrastructure;

/// <summary>
/// Headers every response carries. The strict Content-Security-Policy (no content from anywhere, no
/// framing) is the default; a response that sets its own policy keeps it, which is how the widgets
/// and badges allow themselves to be framed by any site while everything else may not be.
/// </summary>
public static class SecurityHeaders
{
    public const string StrictPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Swagger UI is the one page that runs its own script and styles, all served from here.
    private const string SwaggerUiPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Resource-Policy"] = "cross-origin";
            if (!headers.ContainsKey("Content-Security-Policy"))
            {
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments("/swagger", StringComparison.Ordinal) ? SwaggerUiPolicy : StrictPolicy;
                headers.XFrameOptions = "DENY";
            }

            return Task.CompletedTask;
        });
        await next(context);
    });
}
