using System.Runtime.InteropServices;

namespace RatificationApi.Infrastructure;

/// <summary>
/// Keeps glibc's allocator from holding on to freed native memory: large blocks always get pages of their own, and
/// the heap's free pages go back to the operating system every <see cref="Interval"/> (<c>malloc_trim</c>).
/// </summary>
/// <remarks>
/// The managed heap returns what it frees; glibc's allocator does not. The native memory this service uses after
/// start-up comes in bursts (the Brotli and gzip encoders' state for each answer compressed once, the JIT compiling
/// hot methods again when they are called often) and is freed right after, but glibc keeps the freed pages in its
/// per-thread arenas, so the process stays as large as its largest burst. Measured after the load benchmark's lists
/// (gdb calling malloc_trim(0) in the running service): 137 → 131 MB resident, 3 MB from the main heap and 3.5 MB
/// from the arenas. The arena limit (<c>MALLOC_ARENA_MAX</c>) would also help, but only from the environment, which a
/// deployment may not set (docs/operations.md).
/// <para>
/// The largest bursts are blocks over glibc's mmap threshold (128 KB): mapped for the encoder and unmapped when freed.
/// But glibc raises the threshold to the size of each such block freed, so from then on blocks of that size come from
/// the arenas and stay there, where a trim cannot always free them. Fixing the threshold (<c>mallopt</c>, which,
/// unlike the arena limit, takes effect at any time) stops that: after the benchmark's lists the arenas held 8 MB with
/// it and 30 MB without, with Brotli at quality 10 for the maps (<c>MALLOC_MMAP_THRESHOLD_</c>, the same setting).
/// </para>
/// Where the C library has neither function (musl, macOS, Windows), the first tick finds that out and this stops.
/// </remarks>
internal sealed partial class NativeHeapTrimming : BackgroundService
{
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Func<bool> _trim;
    private readonly Func<bool> _keepLargeBlocksMapped;

    public NativeHeapTrimming(TimeProvider time, ILogger<NativeHeapTrimming> logger)
        : this(time, logger, TryTrim, KeepLargeBlocksMapped)
    {
    }

    /// <param name="time">The clock whose timer paces the trims.</param>
    /// <param name="logger">Where a missing malloc_trim is told, once.</param>
    /// <param name="trim">One trim; false stops the trimming for good (tests give their own).</param>
    /// <param name="keepLargeBlocksMapped">Run once, before the first trim (tests give their own).</param>
    internal NativeHeapTrimming(TimeProvider time, ILogger logger, Func<bool> trim, Func<bool> keepLargeBlocksMapped)
    {
        _time = time;
        _logger = logger;
        _trim = trim;
        _keepLargeBlocksMapped = keepLargeBlocksMapped;
    }

    /// <summary>Often enough that a burst does not stay for long; a trim of an idle heap costs microseconds.</summary>
    internal static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Its result needs no check: where there is no mallopt there is no malloc_trim either, and the first tick stops.
        _ = _keepLargeBlocksMapped();

        using var timer = new PeriodicTimer(Interval, _time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            if (!_trim())
            {
                NotTrimmed(_logger);
                return;
            }
        }
    }

    /// <summary>Trims once; false where the C library has no <c>malloc_trim</c> (musl, macOS, Windows).</summary>
    // malloc_trim returns whether any memory was given back, which changes nothing here.
    internal static bool TryTrim() => WhereGlibcIs(() => MallocTrim(0) >= 0);

    /// <summary>Fixes glibc's mmap threshold at its default, 128 KB; false where there is no glibc.</summary>
    internal static bool KeepLargeBlocksMapped() => WhereGlibcIs(() => Mallopt(MmapThreshold, 128 * 1024) == 1);

    // The call's answer, or false where the C library lacks the function (or is not found at all).
    private static bool WhereGlibcIs(Func<bool> call)
    {
        try
        {
            return call();
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // glibc's M_MMAP_THRESHOLD (malloc.h).
    private const int MmapThreshold = -3;

    [LoggerMessage(Level = LogLevel.Information, Message = "The native heap is not trimmed: this C library has no malloc_trim.")]
    private static partial void NotTrimmed(ILogger logger);

    // "libc" is resolved by the runtime to the platform's C library (libc.so.6 on glibc). DllImport rather than
    // LibraryImport: the arguments are blittable, so there is nothing to generate, and the project stays free of unsafe code.
    [DllImport("libc", EntryPoint = "malloc_trim", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int MallocTrim(nuint pad);

    [DllImport("libc", EntryPoint = "mallopt", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Mallopt(int parameter, int value);
}
