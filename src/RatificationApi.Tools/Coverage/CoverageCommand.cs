using System.CommandLine;
using System.Text;
using RatificationApi.Data;

namespace RatificationApi.Coverage;

/// <summary><c>coverage [--write] [--data &lt;dir&gt;]</c>.</summary>
internal static class CoverageCommand
{
    private const string Description =
        "Prints COVERAGE.md for the data, or with --write writes it into the data folder.\n" +
        "Exit codes: 0 success; 1 the data fails validation; 2 bad usage.";

    public static Command Create(TextWriter output, TextWriter error, DateOnly today)
    {
        var write = new Option<bool>("--write") { Description = $"Write {CoverageReport.FileName} into the data folder instead of printing it." };
        var data = new Option<string>("--data") { Description = "The data directory (default: the repository's data/).", HelpName = "dir" }.NonEmpty();
        var command = new Command("coverage", Description) { write, data };
        command.SetAction((parsed, cancellationToken) =>
            RunAsync(parsed.GetValue(data) ?? DataCommands.DefaultDirectory(), parsed.GetValue(write), output, error, today, cancellationToken));
        return command;
    }

    /// <summary><c>coverage</c>'s arguments, as the command line runs them.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today) =>
        Tools.Invoke(Create(output, error, today), args, output, error);

    private static async Task<int> RunAsync(string directory, bool write, TextWriter output, TextWriter error, DateOnly today, CancellationToken cancellationToken)
    {
        IReadOnlyList<InstrumentCoverage> coverage;
        try
        {
            coverage = await CoverageReport.BuildAsync(directory, today, cancellationToken).ConfigureAwait(false);
        }
        catch (DataValidationException ex)
        {
            error.WriteLine(ex.Message);
            error.WriteLine($"coverage: the data in {directory} fails validation; fix it first (validate-data).");
            return 1;
        }

        var markdown = CoverageReport.Render(coverage);
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
