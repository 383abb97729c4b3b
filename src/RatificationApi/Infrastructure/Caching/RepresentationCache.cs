using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace RatificationApi.Infrastructure.Caching;

/// <summary>
/// Every answer of the API is a function of the request (path, query, the negotiated language and format), the data
/// and today's date. So each successful GET is computed once, kept as bytes with a strong ETag, and served from
/// memory after that (<see cref="RepresentationCacheMiddleware"/>). The data never changes under a running service
/// (a data change ships as a new build), so a new day starts an empty cache. The size is bounded, so arbitrary
/// <c>asOf</c> dates and cursors cannot exhaust memory: the least recently used answers go first.
/// </summary>
public sealed class RepresentationCache : IDisposable
{
    private readonly MemoryCache _entries;
    private readonly TimeProvider _time;
    private readonly RepresentationCacheOptions _options;
    private readonly Lock _gate = new();
    private readonly Doorkeeper _doorkeeper = new();
    private readonly ConcurrentDictionary<string, Task<CachedRepresentation?>> _inFlight = new(StringComparer.Ordinal);
    private long _computations;
    private volatile CacheDay? _day;

    public RepresentationCache(TimeProvider time, IOptions<RepresentationCacheOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _options = options.Value;
        _entries = new MemoryCache(new MemoryCacheOptions { SizeLimit = _options.SizeLimitBytes, CompactionPercentage = 0.25 });
    }

    /// <summary>The entries held now (for tests and diagnostics).</summary>
    public long Count => _entries.Count;

    /// <summary>How many answers the pipeline behind the cache has computed (for tests and diagnostics).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>
    /// Registers a computation of <paramref name="key"/>, unless one is already running: then gives that one, for the
    /// request to wait for instead of computing the same answer again (after midnight, every client asks
    /// at once for answers not yet made, and the matrix costs tens of milliseconds each time).
    /// </summary>
    internal bool TryBegin(string key, Task<CachedRepresentation?> computation, out Task<CachedRepresentation?> running)
    {
        running = _inFlight.GetOrAdd(key, computation);
        if (!ReferenceEquals(running, computation))
        {
            return false;
        }

        CountComputation();
        return true;
    }

    /// <summary>
    /// Notes that a request waits for the computation of <paramref name="key"/> another has begun: asked for twice, the
    /// answer is worth keeping, and only a kept one can be shared with the requests that wait for it.
    /// </summary>
    internal void AskedAgain(string key) => _doorkeeper.SeenBefore(key);

    /// <summary>Ends the computation <see cref="TryBegin"/> registered.</summary>
    internal void End(string key, Task<CachedRepresentation?> computation) =>
        _inFlight.TryRemove(new KeyValuePair<string, Task<CachedRepresentation?>>(key, computation));

    /// <summary>Counts one computation of an answer by the pipeline behind the cache.</summary>
    internal void CountComputation() => Interlocked.Increment(ref _computations);

    /// <summary>The day now served; a new one clears the cache.</summary>
    internal CacheDay Current()
    {
        var day = _day;
        if (day is not null && day.Contains(_time.GetUtcNow().UtcTicks))
        {
            return day;
        }

        var today = Dates.Today(_time);
        lock (_gate)
        {
            day = _day;
            if (day is null || day.Today != today)
            {
                // Keys carry the day too, so an answer computed yesterday that is stored after this Clear() can never
                // be served; Clear() only gives the memory back sooner.
                day = CacheDay.Of(today);
                _day = day;
                _entries.Clear();
            }

            return day;
        }
    }

    internal bool TryGet(string key, out CachedRepresentation? representation) => _entries.TryGetValue(key, out representation);

    /// <summary>
    /// Makes a 200 answer a representation with its ETag (null when the answer says it must not be kept), and keeps it
    /// when it is worth keeping: when its key was asked for before, or when it is large (the costliest to compute).
    /// An answer asked for once (most arbitrary <c>asOf</c> dates, cursors) is served without being kept, so that a
    /// stream of one-off requests neither evicts the answers asked for again and again nor makes the garbage
    /// collector promote and sweep short-lived entries.
    /// </summary>
    /// <remarks>
    /// One that is not kept is made over <paramref name="body"/>'s own buffer, without a copy: it answers only the
    /// request that made it, before that request disposes of the buffer, and is never shared with another request.
    /// </remarks>
    internal CachedRepresentation? Represent(string key, HttpResponse response, Microsoft.IO.RecyclableMemoryStream body)
    {
        var headers = response.Headers;
        if (response.StatusCode != StatusCodes.Status200OK || headers.ContainsKey("Set-Cookie") || headers.CacheControl.Count > 0)
        {
            return null;
        }

        var large = body.Length >= _options.AlwaysKeepFromBytes;
        var keep = large || _doorkeeper.SeenBefore(key);
        ReadOnlyMemory<byte> bytes = keep ? body.ToArray() : body.Written();
        var representation = CachedRepresentation.Create(headers, bytes, _options.CompressionThresholdBytes, keep, _options.KeepOnlyCompressedFromBytes);
        if (keep)
        {
            // When the cache is full, its compaction takes the least recently used of the lowest priority first: the
            // large answers, the maps above all, cost ten times more to make again than the small ones they would
            // otherwise make way for (the load benchmark's map scenario, after the others had filled the cache,
            // recomputed every map: p99 35-50 ms).
            _entries.Set(key, representation, new MemoryCacheEntryOptions
            {
                Size = representation.EstimatedSize + (key.Length * 2),
                Priority = large ? CacheItemPriority.High : CacheItemPriority.Normal,
            });
        }

        return representation;
    }

    public void Dispose() => _entries.Dispose();
}
