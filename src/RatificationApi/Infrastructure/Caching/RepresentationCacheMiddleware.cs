using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Microsoft.IO;

namespace RatificationApi.Infrastructure.Caching;

/// <summary>
/// Serves GETs from the <see cref="RepresentationCache"/>, filling it on a miss: with <c>304 Not Modified</c> when
/// <c>If-None-Match</c> names the ETag, compressed with Brotli or gzip when the client accepts it. A HEAD arrives
/// here as its GET (<see cref="RequestMethods.UseHeadAsGet"/> runs first and drops the body).
/// </summary>
public sealed class RepresentationCacheMiddleware(RequestDelegate next, RepresentationCache cache, RecyclableMemoryStreamManager buffers, TimeProvider time, IOptions<RepresentationCacheOptions> options)
{
    private readonly MaxAge _maxAge = new(time, options);

    public async Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;

        // A GET that carries content is refused further on (413); the cache must not answer it first.
        if (!HttpMethods.IsGet(request.Method) || request.ContentLength > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            await next(context);
            return;
        }

        if (!CacheKeys.Applies(request.Path))
        {
            // Health answers describe this instant of this process: no client or CDN may keep them.
            context.Response.Headers.CacheControl = "no-store";
            await next(context);
            return;
        }

        var key = CacheKeys.Of(cache.Current(), request);
        // A hit the Accept header does not admit goes down the pipeline, where the Accept check answers 406.
        if (cache.TryGet(key, out var cached) && ContentNegotiation.AcceptAdmits(request, cached!.ContentType))
        {
            await Serve(context, cached!);
            return;
        }

        // One computation per key at a time: a request that finds the same answer being made waits for it.
        var lead = new TaskCompletionSource<CachedRepresentation?>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!cache.TryBegin(key, lead.Task, out var running))
        {
            cache.AskedAgain(key);
            if (await running.WaitAsync(context.RequestAborted) is { } shared && ContentNegotiation.AcceptAdmits(request, shared.ContentType))
            {
                await Serve(context, shared);
                return;
            }

            // It gave no representation to share (a problem, a refusal): this request makes its own answer.
            lead = null;
            cache.CountComputation();
        }

        try
        {
            await Compute(context, key, lead);
        }
        finally
        {
            if (lead is not null)
            {
                lead.TrySetResult(null);
                cache.End(key, lead.Task);
            }
        }
    }

    private async Task Compute(HttpContext context, string key, TaskCompletionSource<CachedRepresentation?>? lead)
    {
        var response = context.Response;
        var serverBody = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        // With an id given, the manager does not make a new Guid for every stream.
        await using var buffer = buffers.GetStream(Guid.Empty);
        var bufferBody = new StreamResponseBodyFeature(buffer, serverBody);
        context.Features.Set<IHttpResponseBodyFeature>(bufferBody);
        try
        {
            await next(context);
            await bufferBody.CompleteAsync();
        }
        finally
        {
            context.Features.Set(serverBody);
        }

        // Served before the buffer goes: a representation that is not kept is made over it, without a copy.
        if (cache.Represent(key, response, buffer) is { } stored)
        {
            if (stored.Kept)
            {
                // Only a kept one outlives this request; a request waiting for a one-off answer makes its own.
                lead?.TrySetResult(stored);
            }

            // Answer from the stored copy, exactly as every later request will be answered.
            foreach (var (name, _) in stored.Headers)
            {
                response.Headers.Remove(name);
            }

            response.Headers.ContentLength = null;
            await Serve(context, stored);
            return;
        }

        // Not kept (an error, a problem): passed on as the endpoint wrote it. An empty body is left unwritten so
        // that the status-code pages can still write a problem for it.
        if (buffer.Length > 0)
        {
            response.ContentLength ??= buffer.Length;
            await response.BodyWriter.WriteAsync(buffer.Written(), context.RequestAborted);
        }
    }

    private async Task Serve(HttpContext context, CachedRepresentation representation)
    {
        var request = context.Request;
        var response = context.Response;
        var preferred = representation.Compressible && representation.Kept ? ContentCodings.Choose(request.Headers.AcceptEncoding) : ContentCoding.Identity;
        var headers = response.Headers;
        headers.CacheControl = _maxAge.CacheControl();
        if (representation.Vary.Count > 0)
        {
            headers.Vary = representation.Vary;
        }

        // A client revalidating the copy it holds gets a 304 for it when it is current: in the encoding this request
        // prefers, or uncompressed (always acceptable), as a URL's first answer is sent before the answer is kept.
        var ifNoneMatch = request.Headers.IfNoneMatch;
        var held = ConditionalRequests.IfNoneMatch(ifNoneMatch, representation.TagOf(preferred)) ? preferred
            : preferred != ContentCoding.Identity && ConditionalRequests.IfNoneMatch(ifNoneMatch, representation.TagOf(ContentCoding.Identity)) ? ContentCoding.Identity
            : (ContentCoding?)null;
        if (held is { } coding)
        {
            headers.ETag = representation.TagOf(coding);
            // A browser updates its stored headers from a 304 (RFC 9111, 4.3.4), so the answer's own framing policy
            // goes with it: a widget revalidated under the strict default could no longer be framed.
            if (representation.ContentSecurityPolicy is { } policy)
            {
                headers.ContentSecurityPolicy = policy;
            }

            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var variant = representation.Select(preferred);
        headers.ETag = variant.ETag;
        response.StatusCode = StatusCodes.Status200OK;
        foreach (var (name, values) in representation.Headers)
        {
            headers[name] = values;
        }

        if (variant.ContentEncoding is not null)
        {
            headers.ContentEncoding = variant.ContentEncoding;
        }

        response.ContentLength = variant.Body.Length;
        await response.BodyWriter.WriteAsync(variant.Body, context.RequestAborted);
    }
}
