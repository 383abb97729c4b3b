using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Writes every problem the API gives (registered before the framework's writer, so it is the one used):
/// always application/problem+json, whatever the Accept header (the framework's writer declines when it
/// admits no JSON, and the answer would then have no body), with the framework's defaults.
/// </summary>
/// <remarks>
/// Problems are the one place where input comes back (“got '…'”). ASP.NET Core's JSON options write
/// <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> as they are, so <c>?lang=&lt;script&gt;</c> was reflected as
/// markup. Here they are written as <c>\u003C</c>, <c>\u003E</c>, <c>\u0026</c>: the same JSON, never HTML,
/// while names in Arabic or Chinese and apostrophes stay readable.
/// </remarks>
public sealed class ProblemJsonWriter : IProblemDetailsWriter
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public bool CanWrite(ProblemDetailsContext context) => true;

    public async ValueTask WriteAsync(ProblemDetailsContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;
        problem.Title ??= ReasonPhrases.GetReasonPhrase(status);
        problem.Type ??= TypeOf(status);
        problem.Extensions.Remove("traceId");

        // Problems are in English whatever language was asked for: a Content-Language negotiated before the problem arose
        // would say otherwise.
        context.HttpContext.Response.Headers.Remove(HeaderNames.ContentLanguage);
        var body = EscapeMarkup(JsonSerializer.SerializeToUtf8Bytes(problem, problem.GetType(), Json));
        context.HttpContext.Response.ContentType = "application/problem+json";
        await context.HttpContext.Response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
    }

    /// <summary>The <c>type</c> of a problem with <paramref name="status"/>: the section of the RFC that defines the status.</summary>
    internal static string TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        405 => "https://tools.ietf.org/html/rfc9110#section-15.5.6",
        406 => "https://tools.ietf.org/html/rfc9110#section-15.5.7",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        429 => "https://tools.ietf.org/html/rfc6585#section-4",
        503 => "https://tools.ietf.org/html/rfc9110#section-15.6.4",
        _ when status >= 500 => "https://tools.ietf.org/html/rfc9110#section-15.6.1",
        _ => "about:blank",
    };

    /// <summary>
    /// In JSON text &lt; &gt; &amp; can only stand inside strings, where \u escapes mean the same; in UTF-8
    /// their bytes never occur inside another character. So a byte-wise replacement keeps the JSON intact.
    /// </summary>
    internal static byte[] EscapeMarkup(byte[] json)
    {
        var count = json.Count(b => b is (byte)'<' or (byte)'>' or (byte)'&');
        if (count == 0)
        {
            return json;
        }

        var escaped = new byte[json.Length + (count * 5)];
        var position = 0;
        foreach (var b in json)
        {
            var replacement = b switch
            {
                (byte)'<' => "\\u003C"u8,
                (byte)'>' => "\\u003E"u8,
                (byte)'&' => "\\u0026"u8,
                _ => [],
            };
            if (replacement.IsEmpty)
            {
                escaped[position++] = b;
            }
            else
            {
                replacement.CopyTo(escaped.AsSpan(position));
                position += replacement.Length;
            }
        }

        return escaped;
    }
}
