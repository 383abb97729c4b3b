// Checks the packed client against a live service: typed answers equal the service's own JSON, and errors
// arrive as typed exceptions, and the change feed pages to its end. Usage: Consumer <base URL> <expected package
// version> <actions in the feed>. One line per check, then "N passed, N failed"; exit code 1 when a check failed.
using System.Reflection;
using System.Text.Json;
using RatificationApi.Client;

var baseUrl = new Uri(args.Length > 0 ? args[0] : "http://localhost:5000");
var expectedVersion = args.Length > 1 ? args[1] : null;
// The feed's size as data/actions.csv gives it (run.sh counts it), so that the service is not its own witness.
int? feedActions = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : null;
using var http = new HttpClient { BaseAddress = baseUrl };
var client = new RatificationApiClient(http);
int passed = 0, failed = 0;

async Task Check(string name, Func<Task> check)
{
    try
    {
        await check();
        passed++;
        Console.WriteLine($"dotnet consumer: {name}: passed");
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        failed++;
        Console.WriteLine($"dotnet consumer: {name}: FAILED: {e.GetType().Name}: {e.Message}");
    }
}

// A wire value, whether the client types it as a string or as an enum.
static bool Is(object? value, string wire) => string.Equals(value?.ToString(), wire, StringComparison.OrdinalIgnoreCase);

void Expect(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException(what);
    }
}

await Check("the client is the packed package of the expected version", () =>
{
    var assembly = typeof(RatificationApiClient).Assembly;
    var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
    Expect(expectedVersion is null || version.Split('+')[0] == expectedVersion, $"version {version}, expected {expectedVersion}");
    return Task.CompletedTask;
});

await Check("the gaps of the Trafficking Protocol on 2008-12-18 equal the service's JSON", async () =>
{
    var gaps = await client.ListInstrumentGapsAsync("trafficking-protocol", asOf: new DateOnly(2008, 12, 18));
    using var raw = JsonDocument.Parse(await http.GetStringAsync(new Uri("v1/instruments/trafficking-protocol/gaps?asOf=2008-12-18", UriKind.Relative)));
    var json = raw.RootElement;
    Expect(gaps.Instrument == "trafficking-protocol" && gaps.AsOf == new DateOnly(2008, 12, 18), $"{gaps.Instrument} on {gaps.AsOf}");
    Expect(gaps.Count == json.GetProperty("count").GetInt32() && gaps.Members == json.GetProperty("members").GetInt32(), $"count {gaps.Count} of {gaps.Members}");
    Expect(gaps.Count > 0 && gaps.Items.Count == gaps.Count, $"{gaps.Items.Count} items for a count of {gaps.Count}");
    var expected = json.GetProperty("items").EnumerateArray().Select(i => $"{i.GetProperty("state").GetString()}|{i.GetProperty("status").GetString()}|{i.GetProperty("signed").GetString()}");
    // Case-insensitive: a vocabulary such as status may become a C# enum (issue 16), printed as "Signatory".
    Expect(gaps.Items.Select(i => $"{i.State}|{i.Status}|{i.Signed}").SequenceEqual(expected, StringComparer.OrdinalIgnoreCase), "the items differ from the JSON");
});

await Check("a State in French, with a typed status per instrument", async () =>
{
    var france = await client.GetStateAsync("FRA", lang: Language.Fr);
    Expect(france.State.Code == "FRA" && france.State.Name == "France", $"{france.State.Code} {france.State.Name}");
    Expect(france.Instruments.Count == 5, $"{france.Instruments.Count} instruments");
    var cedaw = france.Instruments.Single(i => i.Instrument == "cedaw");
    Expect(Is(cedaw.Status, "party") && Is(cedaw.Consent?.Kind, "ratification") && cedaw.InForceFrom is not null, $"cedaw: {cedaw.Status}, {cedaw.Consent?.Kind}");
});

await Check("an unknown State is a typed 404 problem", async () =>
{
    try
    {
        await client.GetStateAsync("XYZ");
        throw new InvalidOperationException("no exception");
    }
    catch (ApiException<ProblemDetails> e)
    {
        Expect(e.StatusCode == 404 && e.Result.Status == 404 && e.Result.Title == "State not found", $"{e.StatusCode} {e.Result.Title}");
    }
});

await Check("a bad parameter is a typed 400 validation problem naming it", async () =>
{
    try
    {
        await client.ListInstrumentGapsAsync("trafficking-protocol", region: "abc");
        throw new InvalidOperationException("no exception");
    }
    catch (ApiException<HttpValidationProblemDetails> e)
    {
        Expect(e.StatusCode == 400 && e.Result.Errors?.ContainsKey("region") == true, $"{e.StatusCode} {string.Join(",", e.Result.Errors?.Keys ?? [])}");
    }
});

await Check($"the whole change feed, paged by its cursor field, gives each of the {feedActions} actions once", async () =>
{
    Expect(feedActions is > 0, "no expected count of actions (the third argument)");
    var ids = new List<string>();
    var pages = 0;
    string? cursor = null;
    do
    {
        // The cursor goes back as the parameter the generated method already has: no URL to parse or follow.
        ActionPage page = await client.ListActionsAsync(limit: 250, cursor: cursor);
        Expect(page.Count == page.Items.Count && (page.Cursor is null) == (page.Next is null), $"page {pages}: count {page.Count}, cursor {page.Cursor}, next {page.Next}");
        ids.AddRange(page.Items.Select(a => a.Id));
        cursor = page.Cursor;
        Expect(++pages <= feedActions, "the feed never ends");
    }
    while (cursor is not null);
    Expect(pages > 1, $"{pages} page: paging was not tested");
    Expect(ids.Count == feedActions && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, $"{ids.Count} actions ({ids.Distinct(StringComparer.Ordinal).Count()} distinct) in {pages} pages");
});

Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
