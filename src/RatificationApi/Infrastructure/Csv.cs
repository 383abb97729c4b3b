using System.Globalization;
using System.Reflection;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Http.Metadata;

namespace RatificationApi.Infrastructure;

/// <summary>
/// A CSV response (RFC 4180: CRLF line ends, quotes where needed; UTF-8 without BOM). CsvHelper writes
/// the records, so quoting of commas, quotes and line breaks inside names is its job, not ours.
/// </summary>
public sealed class CsvResult(string fileName, Action<CsvWriter> write) : IResult, IEndpointMetadataProvider
{
    public const string MediaType = "text/csv";

    /// <summary>
    /// The Content-Type sent, parameters and all, which the metadata (so the OpenAPI document and the Accept check) names too:
    /// a contract test that compares Content-Type as a string (Dredd) then finds what the document says. The parameters
    /// mean something here: text/csv without charset is US-ASCII (RFC 4180), and header=present says the first row names
    /// the columns (RFC 4180, section 3).
    /// </summary>
    public const string ContentType = $"{MediaType}; charset=utf-8; header=present";

    public string Render()
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        using (var csv = new CsvWriter(text, CultureInfo.InvariantCulture))
        {
            write(csv);
        }

        return text.ToString();
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var body = Encoding.UTF8.GetBytes(Render());
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.ContentDisposition = $"inline; filename=\"{fileName}\"";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }

    public static void WriteHeader(CsvWriter csv, IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(names);
        foreach (var name in names)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
    }

    // Not a second 200 ProducesResponseTypeMetadata: API Explorer keeps one per status code, and the CSV
    // one would hide the JSON one. The OpenAPI filter and the Accept check read this marker instead.
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new AlternativeMediaTypeMetadata(ContentType));
    }
}

/// <summary>A media type a 200 response may also take, besides the one its type declares.</summary>
public sealed record AlternativeMediaTypeMetadata(string MediaType);

/// <summary>Chooses between JSON and CSV: <c>format</c> when given, else the <c>Accept</c> header.</summary>
public static class ResponseFormat
{
    public static IReadOnlyList<string> All { get; } = ["json", "csv"];

    public static bool WantsCsv(string? format, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.Append("Vary", "Accept");
        if (format is not null)
        {
            return format == "csv";
        }

        return AcceptPrefersCsv(context.Request);
    }

    /// <summary>Whether the Accept header ranks CSV at least as high as JSON.</summary>
    public static bool AcceptPrefersCsv(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Accept;
        if (header.Count == 0 || !header.Any(value => value is not null && value.Contains(CsvResult.MediaType, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var accept = request.GetTypedHeaders().Accept;
        var csv = accept.Where(a => a.MediaType.Equals(CsvResult.MediaType, StringComparison.OrdinalIgnoreCase)).Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var json = accept.Where(a => a.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) || a.MediaType.Equals("*/*", StringComparison.Ordinal))
            .Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return csv > 0 && csv >= json;
    }
}
