namespace RatificationApi.Infrastructure;

/// <summary>
/// The API is read-only: every resource answers GET, and HEAD and OPTIONS as HTTP defines them for it.
/// Minimal APIs map GET alone, which left HEAD and OPTIONS with a 405; and a POST or DELETE got a problem
/// that did not say what was wrong, or a 404 on the OpenAPI document and Swagger UI, which are middleware.
/// </summary>
public static class RequestMethods
{
    public const string Allowed = "GET, HEAD, OPTIONS";

    /// <summary>
    /// HEAD runs as GET with the body counted and thrown away, so that its headers are GET's (with the
    /// Content-Length GET would have had). Outermost, so that a problem written for a HEAD is dropped too.
    /// </summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        await using var discard = new DiscardingStream();
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = discard;
        try
        {
            await next(context);
            if (!context.Response.HasStarted && context.Response.ContentLength is null && discard.Length > 0)
            {
                context.Response.ContentLength = discard.Length;
            }
        }
        finally
        {
            context.Response.Body = body;
            context.Request.Method = HttpMethods.Head;
        }
    });

    /// <summary>
    /// After routing, where a method other than GET has found a resource (routing's own 405 endpoint) or
    /// asks for the API document: OPTIONS gets 204 and Allow, any other method 405, Allow and a problem
    /// that names it. Content on a GET gets 413: no request here takes any. CORS preflights never get
    /// here (UseCors answers them), and requests for no resource go on to their 404.
    /// </summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method))
        {
            if (request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
            {
                await WriteProblem(
                    context,
                    StatusCodes.Status413PayloadTooLarge,
                    "Unexpected request content",
                    "A GET to this API carries no content; send the request without a body.");
                return;
            }

            await next(context);
            return;
        }

        if (context.GetEndpoint() is null && !IsApiDocument(request.Path))
        {
            await next(context);
            return;
        }

        context.Response.Headers.Allow = Allowed;
        if (HttpMethods.IsOptions(request.Method))
        {
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        await WriteProblem(
            context,
            StatusCodes.Status405MethodNotAllowed,
            "Method not allowed",
            $"This API is read-only: {request.Method} is not allowed on this resource. Use GET (or HEAD, OPTIONS).");
    });

    private static bool IsApiDocument(PathString path) =>
        path.Equals($"/openapi/{OpenApiSetup.DocumentName}.json", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/swagger", StringComparison.OrdinalIgnoreCase);

    private static async Task WriteProblem(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }

    /// <summary>Counts what is written and keeps none of it.</summary>
    private sealed class DiscardingStream : Stream
    {
        private long _length;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => _length;

        public override long Position { get => _length; set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => _length += count;

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            _length += buffer.Length;
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            _length += count;
            return Task.CompletedTask;
        }
    }
}
