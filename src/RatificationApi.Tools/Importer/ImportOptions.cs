using System.Globalization;

namespace RatificationApi.Importer;

/// <summary>The command line of <c>import-mtdsg</c>.</summary>
internal sealed record ImportOptions(string File, string? Instrument, DateOnly? AsAt, string? Source, string? DataDirectory, bool DryRun)
{
    public const string Usage =
        "usage: import-mtdsg <file> [--instrument <id>] [--as-at YYYY-MM-DD] [--source <text>] [--data <dir>] [--dry-run]";

    /// <summary>The options, or null with <paramref name="error"/> saying what is wrong.</summary>
    public static ImportOptions? Parse(IReadOnlyList<string> args, out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        error = null;
        string? file = null, instrument = null, source = null, data = null;
        DateOnly? asAt = null;
        var dryRun = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--dry-run")
            {
                dryRun = true;
            }
            else if (arg is "--instrument" or "--as-at" or "--source" or "--data")
            {
                if (i + 1 >= args.Count || args[i + 1].Length == 0)
                {
                    error = $"{arg} needs a value.";
                    return null;
                }

                var value = args[++i];
                switch (arg)
                {
                    case "--instrument":
                        instrument = value;
                        break;
                    case "--source":
                        source = value;
                        break;
                    case "--data":
                        data = value;
                        break;
                    default:
                        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        {
                            error = $"--as-at '{value}' is not a date (YYYY-MM-DD).";
                            return null;
                        }

                        asAt = date;
                        break;
                }
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) || file is not null)
            {
                error = $"unexpected argument '{arg}'.";
                return null;
            }
            else
            {
                file = arg;
            }
        }

        if (file is null)
        {
            error = "no file given.";
            return null;
        }

        return new ImportOptions(file, instrument, asAt, source, data, dryRun);
    }
}
