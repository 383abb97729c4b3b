using System.Diagnostics;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using RatificationApi.Actions;
using Xunit.Abstractions;

namespace RatificationApi.Tests.Reliability;

/// <summary>
/// Property-based fuzzing from the contract: requests are generated from the committed OpenAPI
/// document's own operations and parameters, their values sometimes valid per the schema (enums,
/// patterns, dates, ranges), sometimes anything (unicode, reserved characters, injection, invalid
/// UTF-8), percent-encoded strictly or loosely. The properties: never a 5xx; every 4xx is a problem.
/// </summary>
public class ContractFuzzTests(KestrelApiFactory factory, ITestOutputHelper output) : IClassFixture<KestrelApiFactory>
{
    /// <summary>Bounded in count and time: a few thousand requests, well under a minute on CI's two cores.</summary>
    private const int Requests = 5000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(75);

    /// <summary>ASP.NET Core's own JSON escaping, which leaves markup as it is.</summary>
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void Fuzz_RequestsFromTheContract_Never5xxAndEvery4xxAProblem()
    {
        var http = factory.Http;
        var clock = Stopwatch.StartNew();
        var sent = 0;
        var statuses = new SortedDictionary<int, int>();
        var property = Prop.ForAll(RequestGenerator.Requests(OpenApiOperations.Load()).ToArbitrary(), request =>
        {
            if (clock.Elapsed > Budget)
            {
                return true.ToProperty();
            }

            var response = http.Send(request);
            sent++;
            statuses[response.Status] = statuses.GetValueOrDefault(response.Status) + 1;
            var why = Violation(request, response);
            return why is null
                ? true.ToProperty()
                : false.ToProperty().Label($"{request.Method} {request.Target} [{string.Join("; ", (request.Headers ?? []).Select(h => $"{h.Name}: {h.Value}"))}] -> {why}");
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Requests).WithQuietOnSuccess(true), property);

        output.WriteLine($"{sent} requests in {clock.Elapsed.TotalSeconds:F1} s; statuses: {string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}"))}");
        Assert.True(sent >= Requests / 2, $"only {sent} requests within the time budget");
        Assert.True(statuses.Keys.Any(s => s is >= 200 and < 300) && statuses.Keys.Count(s => s >= 400) > 1, "the generator should reach both answers and errors");
    }

    [FsCheck.Xunit.Property(MaxTest = 500)]
    public bool EscapeMarkup_AnyString_SameJsonWithoutMarkup(NonNull<string> text)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new { text = text.Get }, Relaxed);
        var escaped = global::RatificationApi.Infrastructure.ProblemJsonWriter.EscapeMarkup(json);

        return !escaped.Any(b => b is (byte)'<' or (byte)'>' or (byte)'&')
            && JsonDocument.Parse(escaped).RootElement.GetProperty("text").GetString() == JsonDocument.Parse(json).RootElement.GetProperty("text").GetString();
    }

    /// <summary>Why a response breaks the properties, or null.</summary>
    internal static string? Violation(RawRequest request, RawResponse response)
    {
        if (response.Status >= 500)
        {
            return $"{response.Status}: {response.Text[..Math.Min(300, response.Text.Length)]}";
        }

        if (request.Method == "HEAD")
        {
            return response.Body.Length == 0 ? null : "HEAD with a body";
        }

        if (response.Status < 400)
        {
            return null;
        }

        // Kestrel itself refuses a NUL in the path, with a bare 400, before the application (see BadInputTests).
        if (response.Status == 400 && response.Body.Length == 0 && request.Target.Split('?')[0].Contains("%00", StringComparison.Ordinal))
        {
            return null;
        }

        if (response.MediaType != "application/problem+json")
        {
            return $"{response.Status} as {response.MediaType ?? "no media type"}: {response.Text[..Math.Min(200, response.Text.Length)]}";
        }

        try
        {
            using var problem = JsonDocument.Parse(response.Body);
            return problem.RootElement.GetProperty("status").GetInt32() == response.Status && problem.RootElement.TryGetProperty("title", out _)
                ? null
                : $"a problem without the right status or a title: {response.Text}";
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException)
        {
            return $"not a JSON problem: {response.Text[..Math.Min(200, response.Text.Length)]}";
        }
    }
}

/// <summary>Generates requests from the OpenAPI document's operations and parameter schemas.</summary>
internal static class RequestGenerator
{
    private static readonly string[] States = ["FRA", "fra", "Fr", "USA", "EU", "IRN", "COK", "NIU", "XYZ", "ZZ"];
    private static readonly string[] Instruments = ["untoc", "trafficking-protocol", "opsc", "cedaw", "slavery-convention-1956", "XVIII-12-a", "iv-8", "nope"];
    private static readonly string[] Regions = ["002", "150", "014", "419", "142", "999", "000"];
    private static readonly string[] Resolutions = ["A-RES-63-194", "a-res-63-194", "A-RES-1-1"];

    private static readonly string[] Nasty =
    [
        "", " ", "..", "../..", "%", "%%", "%G1", "/", "?", "#", "&", "=", "+", "'; DROP TABLE actions;--", "<script>alert(1)</script>",
        "\"><img src=x onerror=alert(1)>", "\u202Eabc", "\U0001F680", "中文", "عربي", "\0", "\r\n", "${jndi:ldap://x}", "{{7*7}}", "-1", "0",
        "99999999999999999999", "1e3", "NaN", "true", "null", "2023-02-30", "99999-01-01", "2999-01-01", "0001-01-01", "9999-12-31",
        "A-RES-63-194/../..", new string('a', 10 * 1024),
    ];

    public static Gen<RawRequest> Requests(IReadOnlyList<OpenApiOperation> operations) =>
        from operation in Gen.Elements(operations.ToArray())
        from path in Path(operation)
        from query in Query(operation)
        from method in Gen.Frequency((24, Gen.Constant("GET")), (3, Gen.Constant("HEAD")), (1, Gen.Constant("OPTIONS")), (1, Gen.Elements("POST", "PUT", "DELETE", "PATCH")))
        from headers in Headers()
        select new RawRequest(method, path + query, headers);

    private static Gen<string> Path(OpenApiOperation operation) =>
        operation.Parameters.Where(p => p.In == "path").Aggregate(
            Gen.Constant(operation.Path),
            (path, parameter) =>
                from template in path
                from value in Value(parameter)
                from encoded in Encode(value, inPath: true)
                select template.Replace($"{{{parameter.Name}}}", encoded, StringComparison.Ordinal));

    private static Gen<string> Query(OpenApiOperation operation)
    {
        var pairs = operation.Parameters.Where(p => p.In == "query").Select(parameter =>
            from count in Gen.Frequency((6, Gen.Constant(0)), (6, Gen.Constant(1)), (1, Gen.Constant(2)))
            from values in Gen.ArrayOf(Value(parameter).SelectMany(v => Encode(v, inPath: false)), count)
            select values.Select(v => $"{parameter.Name}={v}"));
        var unknown = Gen.Frequency(
            (8, Gen.Constant(Enumerable.Empty<string>())),
            (1, Gen.Elements("x", "utm_source", "lang[]", "%FF").Select(n => (IEnumerable<string>)[$"{n}=1"])));
        return pairs.Append(unknown).Aggregate(
            Gen.Constant(Enumerable.Empty<string>()),
            (all, next) => from a in all from n in next select a.Concat(n))
            .Select(parts => parts.ToList() is { Count: > 0 } list ? "?" + string.Join('&', list) : string.Empty);
    }

    private static Gen<string> Value(OpenApiParameter parameter) => Gen.Frequency(
        (6, Valid(parameter)),
        (2, Gen.Elements(Nasty)),
        (2, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null)),
        (1, Gen.ArrayOf(Gen.Choose(0x20, 0x2FFF).Select(c => (char)c)).Select(chars => new string(chars))));

    /// <summary>A value the schema allows (or nearly: valid dates may lie in the future, codes may not exist).</summary>
    private static Gen<string> Valid(OpenApiParameter p)
    {
        if (p.Enum.Count > 0)
        {
            return Gen.Elements(p.Enum.ToArray());
        }

        if (p.Format == "date")
        {
            return from year in Gen.Choose(1900, 2030)
                   from month in Gen.Choose(1, 12)
                   from day in Gen.Choose(1, 28)
                   select $"{year:D4}-{month:D2}-{day:D2}";
        }

        if (p.Type == "integer")
        {
            return Gen.Choose(p.Minimum ?? 0, p.Maximum ?? 1000).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (p.Name == "cursor")
        {
            return from day in Gen.Choose(1, 28)
                   from id in Gen.Elements("cedaw:FRA:signature", "untoc:USA:ratification", "x")
                   select new FeedCursor($"2026-01-{day:D2}", id).Encode();
        }

        return p.Pattern switch
        {
            { } pattern when pattern.Contains("[Aa]-[Rr]", StringComparison.Ordinal) => Gen.Elements(Resolutions),
            { } pattern when pattern.Contains(',', StringComparison.Ordinal) => Gen.ArrayOf(Gen.Elements(Instruments)).Where(a => a.Length > 0).Select(a => string.Join(',', a)),
            { } pattern when pattern.Contains("[A-Za-z]{2,3}", StringComparison.Ordinal) => Gen.Elements(States),
            { } pattern when pattern.Contains("[A-Za-z0-9-]{1,40}", StringComparison.Ordinal) => Gen.Elements(Instruments),
            { } pattern when pattern.Contains("[0-9]{3}", StringComparison.Ordinal) => Gen.Elements(Regions),
            _ => Gen.Elements("x", "1", "true"),
        };
    }

    /// <summary>
    /// Percent-encodes as a client might: strictly (everything but unreserved), loosely (sub-delims and
    /// ':' '@' '/' '?' left raw, which may split or end a value), or strictly with invalid UTF-8 added.
    /// The result is always a valid request-target: a client library sends nothing else.
    /// </summary>
    private static Gen<string> Encode(string value, bool inPath) => Gen.Elements(0, 1, 2).Select(mode => mode switch
    {
        0 => PercentEncode(value, string.Empty),
        1 => PercentEncode(value, inPath ? "!$&'()*+,;=:@/" : "!$'()*+,;:@/?"),
        _ => PercentEncode(value, string.Empty) + "%FF%C3%28",
    });

    private static string PercentEncode(string value, string raw)
    {
        var builder = new StringBuilder();
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' || (b < 0x80 && raw.Contains(c, StringComparison.Ordinal)))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static Gen<IReadOnlyList<(string Name, string Value)>> Headers() =>
        from accept in Gen.Frequency(
            (6, Gen.Constant<string?>(null)),
            (1, Gen.Elements<string?>("*/*", "application/json", "text/csv", "image/svg+xml", "text/html", "application/xml", "application/problem+json", "text/*;q=0", "garbage/;;;", "application/json;q=abc")))
        from language in Gen.Frequency(
            (6, Gen.Constant<string?>(null)),
            (1, Gen.Elements<string?>("fr", "ar-EG, en;q=0.5", "*", "xx", "zh-Hant-TW", "en;q=2", ";;;")))
        from match in Gen.Frequency((8, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>("\"abc\"", "*", "W/\"x\"", "garbage")))
        select (IReadOnlyList<(string, string)>)new[] { ("Accept", accept), ("Accept-Language", language), ("If-None-Match", match) }
            .Where(h => h.Item2 is not null)
            .Select(h => (h.Item1, h.Item2!))
            .ToList();
}
