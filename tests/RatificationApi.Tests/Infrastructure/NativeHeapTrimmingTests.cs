using System.Runtime.InteropServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RatificationApi.Infrastructure;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>The periodic return of the native heap's free pages (glibc's malloc_trim) to the operating system.</summary>
public sealed class NativeHeapTrimmingTests
{
    [Fact]
    public void TryTrim_OnGlibc_FindsMallocTrim()
    {
        // The service runs on Linux with glibc (the Debian images, this CI): there the entry point must resolve, or
        // the trimming silently stops on its first tick.
        Assert.True(!OperatingSystem.IsLinux() || File.Exists("/etc/alpine-release") || NativeHeapTrimming.TryTrim());
    }

    [Fact]
    public void KeepLargeBlocksMapped_OnGlibc_AMegabyteAfterFreeingFourIsStillMapped()
    {
        if (!OperatingSystem.IsLinux() || File.Exists("/etc/alpine-release"))
        {
            return; // glibc only; the CI runs on it
        }

        Assert.True(NativeHeapTrimming.KeepLargeBlocksMapped());

        // Unfixed, glibc would raise its threshold to 4 MB when this block is freed, and serve the next from an arena.
        Marshal.FreeHGlobal(Marshal.AllocHGlobal(4 * 1024 * 1024)); // malloc and free on Unix
        var block = Marshal.AllocHGlobal(1024 * 1024);
        try
        {
            // The block's own chunk header says where it came from: glibc keeps the chunk's size in the word just
            // before the block, with bit 1 (IS_MMAPPED) set for a chunk with pages of its own. Unlike counting mapped
            // blocks process-wide (mallinfo2), which it did before, no other test's thread can disturb it.
            var size = Marshal.ReadInt64(block, -sizeof(long));
            Assert.True((size & 2) != 0, "a 1 MB block came from an arena: the mmap threshold still follows the blocks freed");
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }
    }

    [Fact]
    public async Task Trimming_EachTick_TrimsOnce()
    {
        var clock = new ManualTimerClock();
        var trims = 0;
        using var trimming = new NativeHeapTrimming(clock, NullLogger.Instance, () => { Interlocked.Increment(ref trims); return true; }, () => true);
        await trimming.StartAsync(CancellationToken.None);
        // ExecuteAsync runs on the thread pool (.NET 10), so the timer is made a moment after StartAsync returns.
        await WaitUntil(() => clock.Period != default);

        Assert.Equal(NativeHeapTrimming.Interval, clock.Period);
        Assert.Equal(0, Volatile.Read(ref trims));
        for (var tick = 1; tick <= 3; tick++)
        {
            clock.Tick();
            await WaitUntil(() => Volatile.Read(ref trims) == tick);
        }

        await trimming.StopAsync(CancellationToken.None);
        Assert.True(trimming.ExecuteTask!.IsCompletedSuccessfully || trimming.ExecuteTask.IsCanceled);
    }

    [Fact]
    public async Task Trimming_WithoutMallocTrim_StopsAfterTheFirstTick()
    {
        var clock = new ManualTimerClock();
        var attempts = 0;
        using var trimming = new NativeHeapTrimming(clock, NullLogger.Instance, () => { Interlocked.Increment(ref attempts); return false; }, () => false);
        await trimming.StartAsync(CancellationToken.None);
        await WaitUntil(() => clock.Period != default);

        clock.Tick();
        await WaitUntil(() => trimming.ExecuteTask!.IsCompleted);
        clock.Tick();

        Assert.Equal(1, Volatile.Read(ref attempts));
        Assert.True(clock.Disposed, "the timer outlived the trimming");
        await trimming.StopAsync(CancellationToken.None);
    }

    [Fact]
    public void Service_RunsTheTrimming()
    {
        using var factory = new ApiFactory();
        Assert.Contains(factory.Services.GetServices<IHostedService>(), service => service is NativeHeapTrimming);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(5, timeout.Token);
        }
    }

    /// <summary>A clock whose one timer fires only when the test says so.</summary>
    private sealed class ManualTimerClock : TimeProvider
    {
        private TimerCallback? _callback;
        private object? _state;

        public TimeSpan Period { get; private set; }

        public bool Disposed { get; private set; }

        public void Tick() => _callback?.Invoke(_state);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            (_callback, _state) = (callback, state);
            var timer = new Timer(this);
            timer.Change(dueTime, period);
            return timer;
        }

        private sealed class Timer(ManualTimerClock clock) : ITimer
        {
            // PeriodicTimer makes its timer stopped, then sets the period with Change.
            public bool Change(TimeSpan dueTime, TimeSpan period)
            {
                clock.Period = period;
                return true;
            }

            public void Dispose()
            {
                clock.Disposed = true;
                clock._callback = null;
            }

            public ValueTask DisposeAsync()
            {
                Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }
}
