using System.Text.Json;

namespace RatificationApi.Tests.Reliability;

/// <summary>
/// Every case of <see cref="BadInputCatalogue"/> against the service on real Kestrel: the exact status, a
/// problem that names what is wrong, nothing internal, nothing reflected unescaped.
/// </summary>
public class BadInputTests(KestrelApiFactory factory) : IClassFixture<KestrelApiFactory>
{
    /// <summary>What must never reach a client in a problem: stack traces, exception names, source paths, SQL (matched as written).</summary>
    private static readonly string[] Internals =
        ["Exception", "   at ", ".cs:line", "/work/", "/src/", "/tmp/", "\\src\\", "SELECT ", " FROM ", "INSERT ", "SQLite", "Dapper", "Microsoft."];

    /// <summary>Input that must never come back as markup.</summary>
    private static readonly string[] Markup = ["<script", "<img", "</script", "<svg"];

    [Fact]
    public void Catalogue_Size_AtLeast80CasesCoveringEveryOperation()
    {
        Assert.True(BadInputCatalogue.Cases.Count >= 80, $"{BadInputCatalogue.Cases.Count} cases");
        Assert.Equal(BadInputCatalogue.Cases.Count, BadInputCatalogue.Cases.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());

        var targets = BadInputCatalogue.Cases.Select(c => c.Request.Target.Split('?')[0]).ToList();
        foreach (var template in OpenApiOperations.Load().Select(o => o.Path).Distinct(StringComparer.Ordinal).Append("/openapi/v1.json").Append("/swagger"))
        {
            var pattern = "^" + System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Escape(template), @"\\\{[A-Za-z]+}", "[^/]*") + "(/.*)?$";
            Assert.True(targets.Any(t => System.Text.RegularExpressions.Regex.IsMatch(t, pattern)), $"No catalogue case for {template}");
        }
    }

    [Theory]
    [MemberData(nameof(BadInputCatalogue.Names), MemberType = typeof(BadInputCatalogue))]
    public async Task Catalogue_Case_ExactStatusAndANamedProblemWithoutInternals(string name)
    {
        var item = BadInputCatalogue.Get(name);

        var response = await factory.Http.SendAsync(item.Request);

        AssertAnswer(item, response);
    }

    [Fact]
    public async Task Catalogue_AllCasesInARow_ServiceStillAnswersCorrectly()
    {
        await using var host = new KestrelApiFactory();
        foreach (var item in BadInputCatalogue.Cases)
        {
            AssertAnswer(item, await host.Http.SendAsync(item.Request));
        }

        var france = await host.Http.SendAsync(new RawRequest("GET", "/v1/states/FRA"));
        Assert.Equal(200, france.Status);
        using var json = JsonDocument.Parse(france.Body);
        Assert.Equal("France", json.RootElement.GetProperty("state").GetProperty("name").GetString());
        var cedaw = json.RootElement.GetProperty("instruments").EnumerateArray().Single(i => i.GetProperty("instrument").GetString() == "cedaw");
        Assert.Equal("1983-12-14", cedaw.GetProperty("consent").GetProperty("date").GetString());
        var ready = await host.Http.SendAsync(new RawRequest("GET", "/health/ready"));
        Assert.Equal(200, ready.Status);
    }

    [Theory]
    [InlineData("/v1/states/FRA")]
    [InlineData("/v1/instruments/cedaw/gaps?lang=fr")]
    [InlineData("/v1/status?format=csv")]
    [InlineData("/badges/cedaw/FRA.svg")]
    [InlineData("/widgets/states/FRA?lang=ar")]
    [InlineData("/v1/states/XYZ")]
    public async Task Head_SameHeadersAsGet_NoBody(string target)
    {
        var get = await factory.Http.SendAsync(new RawRequest("GET", target));
        var head = await factory.Http.SendAsync(new RawRequest("HEAD", target));

        Assert.Equal(get.Status, head.Status);
        Assert.Empty(head.Body);
        string[] hopByHop = ["Date", "Transfer-Encoding", "Content-Length", "Connection"];
        Assert.Equal(
            get.Headers.Where(h => !hopByHop.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase),
            head.Headers.Where(h => !hopByHop.Contains(h.Key, StringComparer.OrdinalIgnoreCase)).OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase));
        Assert.Equal(get.Body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), head.Header("Content-Length"));
    }

    [Theory]
    [InlineData("/v1/states/FRA", "X-Huge", 40 * 1024, 431)]
    [InlineData("/v1/states/FRA?lang=", null, 40 * 1024, 414)]
    public async Task KestrelLimits_OverLongHeaderOrRequestLine_Bare4xxBeforeTheApplication(string target, string? header, int size, int status)
    {
        var filler = new string('a', size);
        var request = header is null
            ? new RawRequest("GET", target + filler)
            : new RawRequest("GET", target, [(header, filler)]);

        var response = await factory.Http.SendAsync(request);

        // Kestrel answers these itself, before any middleware: no body at all, so nothing to leak either.
        Assert.Equal(status, response.Status);
        Assert.Empty(response.Body);
        var after = await factory.Http.SendAsync(new RawRequest("GET", "/health/live"));
        Assert.Equal(200, after.Status);
    }

    [Theory]
    [InlineData("/v1/states/a%00b")]
    [InlineData("/v1/states/F RA")]
    public async Task KestrelParsing_ControlCharacters_Bare400BeforeTheApplication(string target)
    {
        var response = await factory.Http.SendAsync(new RawRequest("GET", target));

        Assert.Equal(400, response.Status);
        Assert.Empty(response.Body);
    }

    internal static void AssertAnswer(CatalogueCase item, RawResponse response)
    {
        var text = response.Text;
        Assert.True(item.Status == response.Status, $"{item.Name}: {item.Request.Method} {Shorten(item.Request.Target)} expected {item.Status}, got {response.Status}: {Shorten(text)}");
        if (response.Status >= 400)
        {
            foreach (var word in Internals)
            {
                Assert.False(text.Contains(word, StringComparison.Ordinal), $"{item.Name}: the problem shows '{word}': {Shorten(text)}");
            }
        }

        // Swagger UI has script of its own; what matters is that none comes back from the request.
        if (Uri.UnescapeDataString(item.Request.Target).Contains('<', StringComparison.Ordinal))
        {
            foreach (var markup in Markup)
            {
                Assert.False(text.Contains(markup, StringComparison.OrdinalIgnoreCase), $"{item.Name}: the body reflects '{markup}' unescaped: {Shorten(text)}");
            }
        }

        Assert.Null(response.Header("Server"));
        Assert.Null(response.Header("Set-Cookie"));
        Assert.Equal("nosniff", response.Header("X-Content-Type-Options"));

        if (item.Request.Method == "HEAD")
        {
            Assert.Empty(response.Body);
        }

        if (item.Status is 405 or 204 && item.Request.Headers is not { Count: > 0 })
        {
            Assert.Equal("GET, HEAD, OPTIONS", response.Header("Allow"));
        }

        if (item.Request.Headers?.Any(h => h.Name == "Access-Control-Request-Method") == true)
        {
            Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
            Assert.Contains("GET", response.Header("Access-Control-Allow-Methods") ?? string.Empty, StringComparison.Ordinal);
        }

        if (response.Status < 400 || item.Request.Method == "HEAD")
        {
            return;
        }

        Assert.True(response.MediaType == "application/problem+json", $"{item.Name}: {response.MediaType}: {Shorten(text)}");
        using var problem = JsonDocument.Parse(response.Body);
        var root = problem.RootElement;
        Assert.Equal(item.Status, root.GetProperty("status").GetInt32());
        var title = root.GetProperty("title").GetString();
        Assert.False(string.IsNullOrWhiteSpace(title));
        var words = string.Join(
            " ",
            title,
            root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
            root.TryGetProperty("errors", out var errors) ? string.Join(" ", errors.EnumerateObject().Select(e => e.Name)) : null);
        Assert.True(words.Contains(item.Names!, StringComparison.Ordinal), $"{item.Name}: the problem does not name '{item.Names}': {Shorten(text)}");
        if (item.Status == 400 && errors.ValueKind == JsonValueKind.Object)
        {
            foreach (var parameter in item.Names!.Split(", "))
            {
                Assert.True(errors.TryGetProperty(parameter, out _), $"{item.Name}: errors lacks '{parameter}': {Shorten(text)}");
            }
        }
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
