using System.Diagnostics;

namespace RatificationApi.Tests.Reliability;

/// <summary>
/// Makes a folder read-only or small, for real. As root (CI runs as root) permissions stop nothing, so
/// root gets a read-only bind mount of the folder over itself, and a tmpfs of a given size for a full
/// disk; anyone else gets chmod 0555, and cannot mount, so the full-disk tests are skipped for them.
/// </summary>
public static class FileSystemFaults
{
    public static bool IsRoot { get; } = File.ReadLines("/proc/self/status")
        .FirstOrDefault(l => l.StartsWith("Uid:", StringComparison.Ordinal))?.Split('\t', StringSplitOptions.RemoveEmptyEntries)[2] == "0";

    /// <summary>Makes <paramref name="directory"/> unwritable until disposed, and checks that it is.</summary>
    public static IDisposable ReadOnly(string directory)
    {
        IDisposable undo;
        if (IsRoot)
        {
            Run("mount", "--bind", directory, directory);
            try
            {
                Run("mount", "-o", "remount,ro,bind", directory);
            }
            catch
            {
                Run("umount", directory);
                throw;
            }

            undo = new Undo(() => Run("umount", directory));
        }
        else if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(directory);
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            undo = new Undo(() =>
            {
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(directory, mode);
                }
            });
        }
        else
        {
            throw new PlatformNotSupportedException("These faults are made with Unix permissions and mounts.");
        }

        var probe = Path.Combine(directory, $"probe-{Guid.NewGuid():N}");
        try
        {
            File.WriteAllText(probe, "x");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return undo;
        }

        File.Delete(probe);
        undo.Dispose();
        throw new InvalidOperationException($"{directory} could not be made read-only.");
    }

    /// <summary>Mounts a tmpfs of <paramref name="bytes"/> on <paramref name="directory"/> until disposed (root only).</summary>
    public static IDisposable SmallDisk(string directory, long bytes)
    {
        Run("mount", "-t", "tmpfs", "-o", $"size={Math.Max(4096, bytes)}", "tmpfs", directory);
        return new Undo(() => Run("umount", "-l", directory));
    }

    private static void Run(string command, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(command, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromSeconds(30)) || process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{command} {string.Join(' ', arguments)} failed: {error}");
        }
    }

    private sealed class Undo(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}

/// <summary>A fact that needs root (to mount a tmpfs); skipped, visibly, for anyone else.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!FileSystemFaults.IsRoot)
        {
            Skip = "Needs root, to mount a small tmpfs as a full disk (CI runs as root).";
        }
    }
}
