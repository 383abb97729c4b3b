using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace RatificationApi.Infrastructure;

/// <summary>
/// The last-resort problem writer: the framework's own writer declines when the Accept header admits
/// no JSON (a 406 or 404 asked for as application/xml, say), and the answer would then have no body.
/// This one always writes application/problem+json, with the same defaults, so that every error the API
/// gives is an RFC 9457 problem.
/// </summary>
public sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= status switch
        {
            400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
            405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
            406 => "https://tools.ietf.org/html/rfc9110#section-15.5.7",
            429 => "https://tools.ietf.org/html/rfc6585#section-4",
            _ when status >= 500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
            _ => "about:blank",
        };
        problem.Extensions.Remove("traceId");
        context.HttpContext.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.HttpContext.Response.Body, problem, problem.GetType(), Json, context.HttpContext.RequestAborted);
    }
}
