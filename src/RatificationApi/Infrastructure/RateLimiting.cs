using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace RatificationApi.Infrastructure;

/// <summary>Per-client request limits (configuration section <c>RateLimiting</c>).</summary>
public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client (by IP address) may make per window.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 1_000_000)]
    public int PermitLimit { get; set; } = 600;

    /// <summary>The window, in seconds.</summary>
    [System.ComponentModel.DataAnnotations.Range(1, 3600)]
    public int WindowSeconds { get; set; } = 60;
}

/// <summary>
/// ASP.NET Core's own rate limiter: a fixed window per client address. Over the limit, a 429 problem
/// with Retry-After. Off where configured so (the tests and the benchmark turn it off).
/// </summary>
public static class RateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var options = context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>().Value;
                if (!options.Enabled)
                {
                    return RateLimitPartition.GetNoLimiter("off");
                }

                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitLimit,
                    Window = TimeSpan.FromSeconds(options.WindowSeconds),
                    QueueLimit = 0,
                });
            });
            limiter.OnRejected = async (rejected, cancellationToken) =>
            {
                var context = rejected.HttpContext;
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : context.RequestServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<RateLimitingOptions>>().Value.WindowSeconds;
                context.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails =
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"This client has made more requests than the limit allows. Retry after {retryAfter} seconds.",
                    },
                });
            };
        });
        return services;
    }
}
