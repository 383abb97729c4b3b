namespace RatificationApi.ReadModel;

/// <summary>
/// Holds requests while start-up builds the database and loads the catalog, which it does with the server already
/// listening: the server starts on one core while the data is validated and loaded on the other, and the first answer
/// comes sooner than if one waited for the other (docs/performance.md). A request that arrives meanwhile is answered
/// once the catalog is loaded, as if it had been queued; none reads a catalog half loaded.
/// </summary>
/// <remarks>
/// Only liveness passes, since the process is alive; readiness waits like any request and answers 200 once the catalog
/// is loaded, as it did when the server only started listening then. A probe that gives up sooner counts the replica
/// as not ready, which it is not. When start-up fails (bad data), the process is stopping: a request held here is
/// dropped without an answer, as a connection to a service that never started would be.
/// </remarks>
internal static class CatalogGate
{
    /// <summary>Requests other than the liveness check wait here until <see cref="Catalog.Loaded"/>.</summary>
    public static IApplicationBuilder UseLoadedCatalog(this IApplicationBuilder app)
    {
        var catalog = app.ApplicationServices.GetRequiredService<Catalog>();
        return app.Use(async (context, next) =>
        {
            if (!catalog.Loaded.IsCompletedSuccessfully && !context.Request.Path.Equals("/health/live", StringComparison.OrdinalIgnoreCase))
            {
                try
                {
                    await catalog.Loaded.WaitAsync(context.RequestAborted);
                }
                catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
                catch (Exception) when (catalog.Loaded.IsFaulted)
                {
                    context.Abort();
                    return;
                }
            }

            await next(context);
        });
    }
}
