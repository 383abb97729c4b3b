namespace RatificationApi.Tests.Tools;

/// <summary>The tools' one command line: every command's help, and usage errors that exit 2 on standard error alone.</summary>
public sealed class CommandLineTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Theory]
    [InlineData("validate-data", "<data-directory>", "Exit codes: 0 the data is valid; 1 it is not; 2 bad usage.")]
    [InlineData("coverage", "--write|--data <dir>", "Exit codes: 0 success; 1 the data fails validation; 2 bad usage.")]
    [InlineData("import-mtdsg", "<file>|--instrument <id>|--as-at <YYYY-MM-DD>|--source <text>|--data <dir>|--dry-run", "docs/depositary-format.md")]
    [InlineData("refresh", "--instrument <id>|--base-url <url>|--summary <file.json>|--pause <seconds>", "3 data changed and nothing failed.")]
    public async Task Help_EachCommand_ListsItsOptionsAndExitsZero(string command, string options, string description)
    {
        var (code, output, error) = await Run(command, "--help");

        Assert.Equal((0, string.Empty), (code, error));
        Assert.All([description, .. options.Split('|')], text => Assert.Contains(text, output, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_Root_ListsTheFourCommands()
    {
        var (code, output, _) = await Run("--help");

        Assert.Equal(0, code);
        Assert.All(["validate-data", "coverage", "import-mtdsg", "refresh"], command => Assert.Contains($"  {command} ", output, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Required command was not provided.", "usage: see 'RatificationApi.Tools --help'.")]
    [InlineData("Unrecognized command or argument 'b'.", "usage: see 'RatificationApi.Tools validate-data --help'.", "validate-data", "a", "b")]
    [InlineData("--data needs a value.", "usage: see 'RatificationApi.Tools coverage --help'.", "coverage", "--data", "")]
    [InlineData("--pause must be between 0 and 600 seconds.", "usage: see 'RatificationApi.Tools refresh --help'.", "refresh", "--pause", "601")]
    public async Task BadUsage_SaysWhatIsWrongOnStandardErrorAndExitsTwo(string message, string pointer, params string[] args)
    {
        var (code, output, error) = await Run(args);

        Assert.Equal((2, string.Empty), (code, output));
        Assert.Equal([message, pointer], error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await RatificationApi.Tools.InvokeAsync(RatificationApi.Tools.Root(output, error, Today), args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
