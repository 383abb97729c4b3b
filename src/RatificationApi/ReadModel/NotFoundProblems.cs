using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>The 404s for an instrument, a participant or a resolution that the data does not hold, worded once for every feature.</summary>
internal static class NotFoundProblems
{
    public static ProblemHttpResult Instrument(string id, Catalog catalog)
    {
        var known = catalog.Instruments;
        return Problems.NotFound(
            "Instrument not found",
            $"No instrument has the id or MTDSG number '{id}'. Known: {string.Join(", ", known.Select(i => $"{i.Id} ({i.Mtdsg})"))}.");
    }

    public static ProblemHttpResult State(string code) => Problems.NotFound(
        "State not found",
        $"No participant has the ISO 3166-1 code '{code}'. Use an alpha-3 or alpha-2 code of a UN Member State or observer State, Cook Islands (COK), Niue (NIU), or EU for the European Union; GET /v1/states lists them.");

    public static ProblemHttpResult Resolution(string id) => Problems.NotFound(
        "Resolution not found",
        $"No resolution has the id '{id}'. Known: {Catalog.Resolution63194}.");
}
