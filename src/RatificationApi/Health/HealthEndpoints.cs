using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;
using RatificationApi.ReadModel;

namespace RatificationApi.Health;

/// <summary>Liveness (a constant, also the benchmarks' baseline) and readiness (the database answers).</summary>
public static class HealthEndpoints
{
    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/health").WithTags("Health");

        group.MapGet("/live", Live)
            .WithName("getLiveness")
            .WithSummary("Liveness")
            .WithDescription("Answers a constant while the process runs. It touches no data, so it is also the baseline the benchmarks compare against.");

        group.MapGet("/ready", Ready)
            .WithName("getReadiness")
            .WithSummary("Readiness")
            .WithDescription("Answers 200 with the version of the data once the database is built and readable, and 503 before that or when it cannot be read.")
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

        return group;
    }

    internal static Ok<HealthContract> Live() => TypedResults.Ok(HealthContract.Live);

    internal static async Task<Results<Ok<HealthContract>, ProblemHttpResult>> Ready(
        Catalog catalog, CancellationToken cancellationToken)
    {
        try
        {
            if (await catalog.ReadyVersionAsync(cancellationToken) is { } version)
            {
                return TypedResults.Ok(new HealthContract(HealthStatus.Ready, version));
            }
        }
        catch (InvalidOperationException)
        {
            // Not built yet: fall through to 503.
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            // Unreadable: fall through to 503.
        }

        return NotReady();
    }

    private static ProblemHttpResult NotReady() => TypedResults.Problem(
        statusCode: StatusCodes.Status503ServiceUnavailable,
        title: "Not ready",
        detail: "The database has not been built yet, or cannot be read.");
}

/// <summary>The answer of a health check.</summary>
/// <param name="Status"><c>live</c> or <c>ready</c>.</param>
/// <param name="DataVersion">A digest of the data files the database was built from (readiness only).</param>
public sealed record HealthContract(HealthStatus Status, string? DataVersion)
{
    public static HealthContract Live { get; } = new(HealthStatus.Live, null);
}

/// <summary>What a health check found: <c>live</c> (the process answers) or <c>ready</c> (its database is there and readable).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<HealthStatus>))]
public enum HealthStatus
{
    [JsonStringEnumMemberName("live")]
    Live,
    [JsonStringEnumMemberName("ready")]
    Ready,
}
