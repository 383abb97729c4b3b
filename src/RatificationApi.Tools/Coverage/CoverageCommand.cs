using System.Text;
using RatificationApi.Data;

namespace RatificationApi.Coverage;

/// <summary>
/// <c>coverage [--write] [--data &lt;dir&gt;]</c>: prints <c>COVERAGE.md</c> for the data, or with <c>--write</c> writes it into
/// the data folder. Exit codes: 0 success, 1 the data fails validation, 2 bad usage.
/// </summary>
internal static class CoverageCommand
{
    public const string Usage = "usage: coverage [--write] [--data <data-directory>]";

    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? directory = null;
        var write = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--write":
                    write = true;
                    break;
                case "--data" when i + 1 < args.Count && args[i + 1].Length > 0:
                    directory = args[++i];
                    break;
                default:
                    error.WriteLine($"coverage: unexpected argument '{args[i]}'.");
                    error.WriteLine(Usage);
                    return 2;
            }
        }

        directory ??= DataCommands.DefaultDirectory();
        DataSet data;
        try
        {
            data = DataSetLoader.Load(directory, today);
        }
        catch (DataValidationException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"coverage: the data in {directory} fails validation; fix it first (validate-data).");
            return 1;
        }

        var markdown = CoverageReport.Render(CoverageReport.Build(data, today));
        if (!write)
        {
            output.Write(markdown);
            return 0;
        }

        var path = Path.Combine(directory, CoverageReport.FileName);
        File.WriteAllText(path, markdown, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        output.WriteLine($"wrote {path}");
        return 0;
    }
}
