// The UN Member States that were not parties to the Trafficking Protocol on 18 December 2008, the day
// General Assembly resolution 63/194 urged them to join, through the NuGet package RatificationApi.Client.
using RatificationApi.Client;

var baseUrl = Environment.GetEnvironmentVariable("RATIFICATION_API_URL") ?? "http://localhost:5000";
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var client = new RatificationApiClient(http);

try
{
    InstrumentGaps gaps = await client.ListInstrumentGapsAsync("trafficking-protocol", asOf: new DateOnly(2008, 12, 18));
    Console.WriteLine($"{gaps.Count} of {gaps.Members} UN Member States were not parties on {gaps.AsOf:yyyy-MM-dd}");
    foreach (InstrumentGap gap in gaps.Items)
    {
        Console.WriteLine($"{gap.State} {gap.Name}{(gap.Signed is null ? "" : $" (signed {gap.Signed})")}");
    }
}
catch (ApiException<ProblemDetails> e) // application/problem+json (RFC 9457)
{
    Console.Error.WriteLine($"{e.StatusCode} {e.Result.Title}: {e.Result.Detail}");
    return 1;
}

return 0;
