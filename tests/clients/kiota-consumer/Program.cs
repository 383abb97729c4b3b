// Checks the client Kiota generated from the committed contract against a live service: a list and a State equal
// the service's JSON, a 404 arrives as the typed ProblemDetails, a conditional request comes back 304, and the change
// feed pages to its end by its cursor field (and by next, resolved as documented). Usage: KiotaConsumer <base URL>
// <actions in the feed>. One line per check, then "N passed, N failed"; exit code 1 when a check failed.
using System.Text.Json;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using RatificationApi.KiotaClient;
using RatificationApi.KiotaClient.Models;

var baseUrl = (args.Length > 0 ? args[0] : "http://localhost:5000").TrimEnd('/');
// The feed's size as data/actions.csv gives it (run.sh counts it), so that the service is not its own witness.
int? feedActions = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : null;

// Kiota's own HttpClient (its middleware: retry, redirect, headers inspection), pointed at the service: the
// document's servers entry is not where a test service listens.
using var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider()) { BaseUrl = baseUrl };
var client = new RatificationApiKiotaClient(adapter);
using var http = new HttpClient { BaseAddress = new Uri(baseUrl + "/") };
int passed = 0, failed = 0;

async Task Check(string name, Func<Task> check)
{
    try
    {
        await check();
        passed++;
        Console.WriteLine($"kiota consumer: {name}: passed");
    }
    catch (Exception e) when (e is not OutOfMemoryException)
    {
        failed++;
        Console.WriteLine($"kiota consumer: {name}: FAILED: {e.GetType().Name}: {e.Message}");
    }
}

// A wire value, whether the client types it as a string or as an enum.
static bool Is(object? value, string wire) =>
    string.Equals(value?.ToString()?.Replace("_", "", StringComparison.Ordinal), wire.Replace("_", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);

static void Expect(bool condition, string what)
{
    if (!condition)
    {
        throw new InvalidOperationException(what);
    }
}

async Task<JsonElement> Raw(string path)
{
    using var document = JsonDocument.Parse(await http.GetStringAsync(new Uri(path, UriKind.Relative)));
    return document.RootElement.Clone();
}

await Check("a list: the States equal the service's JSON", async () =>
{
    var states = await client.V1.States.GetAsync() ?? throw new InvalidOperationException("no answer");
    var json = await Raw("v1/states");
    var expected = json.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("code").GetString()).ToList();
    Expect(states.Count == json.GetProperty("count").GetInt32() && states.Items?.Count == states.Count, $"count {states.Count}, {states.Items?.Count} items");
    Expect(states.Count > 190 && states.Items!.Select(s => s.Code).SequenceEqual(expected), "the codes differ from the JSON");
});

await Check("a State in French, with a status per instrument", async () =>
{
    var france = await client.V1.States["FRA"].GetAsync(c => c.QueryParameters.Lang = Language.Fr) ?? throw new InvalidOperationException("no answer");
    Expect(france.State?.Code == "FRA" && france.State.Name == "France", $"{france.State?.Code} {france.State?.Name}");
    Expect(france.Instruments?.Count == 5, $"{france.Instruments?.Count} instruments");
    var cedaw = france.Instruments!.Single(i => i.Instrument == "cedaw");
    Expect(Is(cedaw.Status, "party") && Is(cedaw.Consent?.Kind, "ratification") && cedaw.InForceFrom is not null, $"cedaw: {cedaw.Status}, {cedaw.Consent?.Kind}");
});

await Check("an unknown State is the typed 404 ProblemDetails", async () =>
{
    try
    {
        await client.V1.States["XYZ"].GetAsync();
        throw new InvalidOperationException("no exception");
    }
    catch (ProblemDetails e)
    {
        Expect(e.ResponseStatusCode == 404 && e.Status == 404 && e.Title == "State not found" && e.Detail?.Contains("XYZ", StringComparison.Ordinal) == true, $"{e.ResponseStatusCode} {e.Title}: {e.Detail}");
    }
});

await Check("a conditional request: the ETag sent back as If-None-Match is a 304, which the client returns as null", async () =>
{
    var headers = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var first = await client.V1.States["FRA"].GetAsync(c => c.Options.Add(headers));
    Expect(first?.State?.Code == "FRA" && headers.ResponseHeaders.ContainsKey("ETag"), "no ETag on the first answer");
    var etag = headers.ResponseHeaders["ETag"].Single();

    // Kiota's HTTP library (2.1.6) takes a 304 as an answer without a body, as it takes a 204: null, the caller keeps
    // the copy it has. The headers of the 304 still reach the caller, and repeat the tag.
    var again = new HeadersInspectionHandlerOption { InspectResponseHeaders = true };
    var unchanged = await client.V1.States["FRA"].GetAsync(c =>
    {
        c.Headers.Add("If-None-Match", etag);
        c.Options.Add(again);
    });
    Expect(unchanged is null, "a full answer where a 304 was due");
    Expect(again.ResponseHeaders.TryGetValue("ETag", out var repeated) && repeated.Single() == etag, "the 304 does not repeat the ETag");

    // Null is also what an empty 200 would give: the status itself, through Kiota's native response handler.
    var native = new NativeResponseHandler();
    await client.V1.States["FRA"].GetAsync(c =>
    {
        c.Headers.Add("If-None-Match", etag);
        c.Options.Add(new ResponseHandlerOption { ResponseHandler = native });
    });
    using var response = (HttpResponseMessage)native.Value!;
    Expect(response.StatusCode == System.Net.HttpStatusCode.NotModified, $"{(int)response.StatusCode} {response.ReasonPhrase}");

    var changed = await client.V1.States["FRA"].GetAsync(c => c.Headers.Add("If-None-Match", "\"another\""));
    Expect(changed?.State?.Code == "FRA", "a tag that does not match is not a full answer");
});

// Every action id of the feed, paged by the cursor field: it goes back as the query parameter the request builder
// already has, so there is no URL to handle.
async Task<(List<string> Ids, int Pages)> PageByCursor(int limit)
{
    var ids = new List<string>();
    var pages = 0;
    string? cursor = null;
    do
    {
        var page = await client.V1.Actions.GetAsync(c =>
        {
            c.QueryParameters.Limit = limit;
            c.QueryParameters.Cursor = cursor;
        }) ?? throw new InvalidOperationException("no answer");
        Expect(page.Count == page.Items?.Count && (page.Cursor is null) == (page.Next is null), $"page {pages}: count {page.Count}, cursor {page.Cursor}, next {page.Next}");
        ids.AddRange(page.Items!.Select(a => a.Id!));
        cursor = page.Cursor;
        Expect(++pages <= 10_000, "the feed never ends");
    }
    while (cursor is not null);
    return (ids, pages);
}

await Check($"the whole change feed, paged by its cursor field, gives each of the {feedActions} actions once", async () =>
{
    Expect(feedActions is > 0, "no expected count of actions (the second argument)");
    var (ids, pages) = await PageByCursor(250);
    Expect(pages > 1, $"{pages} page: paging was not tested");
    Expect(ids.Count == feedActions && ids.Distinct(StringComparer.Ordinal).Count() == ids.Count, $"{ids.Count} actions ({ids.Distinct(StringComparer.Ordinal).Count()} distinct) in {pages} pages");
});

await Check("following next, resolved against the service's address as its description says, gives the same actions", async () =>
{
    var (byCursor, _) = await PageByCursor(400);
    var byNext = new List<string>();
    var service = new Uri(baseUrl + "/");
    for (var url = new Uri(service, "v1/actions?limit=400"); ;)
    {
        // WithUrl takes an absolute URL only; next is a path from the host's root.
        var page = await client.V1.Actions.WithUrl(url.AbsoluteUri).GetAsync() ?? throw new InvalidOperationException("no answer");
        byNext.AddRange(page.Items!.Select(a => a.Id!));
        if (page.Next is null)
        {
            break;
        }

        Expect(page.Next.StartsWith("/v1/actions?", StringComparison.Ordinal) && byNext.Count < byCursor.Count, $"next is {page.Next} after {byNext.Count} actions");
        url = new Uri(service, page.Next);
    }

    Expect(byNext.Count > 400 && byNext.SequenceEqual(byCursor, StringComparer.Ordinal), $"{byNext.Count} actions by next, {byCursor.Count} by cursor");
});

Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;
