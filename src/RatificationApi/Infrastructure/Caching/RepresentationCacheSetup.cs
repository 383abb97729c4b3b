using Microsoft.IO;

namespace RatificationApi.Infrastructure.Caching;

public static class RepresentationCacheSetup
{
    public static IServiceCollection AddRepresentationCache(this IServiceCollection services)
    {
        services.AddOptions<RepresentationCacheOptions>().BindConfiguration(RepresentationCacheOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RepresentationCache>();
        services.AddSingleton(new RecyclableMemoryStreamManager(new RecyclableMemoryStreamManager.Options
        {
            // Most answers fit one block. Free blocks are kept up to a bound (unbounded by default), so that a burst
            // of concurrent large answers leaves no megabytes of idle buffers behind.
            BlockSize = 16 * 1024,
            MaximumSmallPoolFreeBytes = 1024 * 1024,
            MaximumLargePoolFreeBytes = 1024 * 1024,
        }));
        return services;
    }

    public static IApplicationBuilder UseRepresentationCache(this IApplicationBuilder app) => app.UseMiddleware<RepresentationCacheMiddleware>();
}
