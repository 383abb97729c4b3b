using System.CommandLine;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using RatificationApi.Coverage;
using RatificationApi.Data;
using RatificationApi.Importer;
using RatificationApi.Refresh;

namespace RatificationApi;

/// <summary>The offline tools' entry point: <c>dotnet run --project src/RatificationApi.Tools -- &lt;command&gt;</c>.</summary>
internal static class Tools
{
    /// <summary>The exit code of every command line System.CommandLine rejects.</summary>
    public const int UsageError = 2;

    public static Task<int> Main(string[] args) =>
        InvokeAsync(Root(Console.Out, Console.Error, DateOnly.FromDateTime(DateTime.UtcNow)), args, Console.Out, Console.Error);

    /// <summary>The four commands, writing to <paramref name="output"/> and <paramref name="error"/>, with "today" fixed.</summary>
    public static RootCommand Root(TextWriter output, TextWriter error, DateOnly today, DepositaryClientSettings? client = null) =>
        new("RatificationApi's offline tools: validate data/, regenerate COVERAGE.md, import a depositary status file, refresh from the live pages.")
        {
            DataCommands.ValidateDataCommand(output, error, today),
            CoverageCommand.Create(output, error, today),
            ImportMtdsgCommand.Create(output, error, today),
            RefreshCommand.Create(output, error, today, client ?? new DepositaryClientSettings()),
        };

    public static async Task<int> InvokeAsync(
        RootCommand root, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(root);
        var parsed = Parse(root, args);
        var code = await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken).ConfigureAwait(false);
        return ExitCode(parsed, code, error);
    }

    /// <summary>Runs one synchronous command as the whole program would, for its own entry point.</summary>
    public static int Invoke(Command command, IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parsed = Parse(new RootCommand { command }, [command.Name, .. args]);
        return ExitCode(parsed, parsed.Invoke(new InvocationConfiguration { Output = output, Error = error }), error);
    }

    // Standard output carries a command's result (a diff, CSV rows, COVERAGE.md) and is often piped into a file, so a
    // usage error goes to standard error alone, with a pointer to the help instead of the help itself.
    private static ParseResult Parse(RootCommand root, IReadOnlyList<string> args)
    {
        var parsed = root.Parse([.. args]);
        if (parsed.Action is ParseErrorAction action)
        {
            action.ShowHelp = false;
            action.ShowTypoCorrections = false;
        }

        return parsed;
    }

    // System.CommandLine reports a parse error with 1, which the commands keep for a failed check.
    private static int ExitCode(ParseResult parsed, int code, TextWriter error)
    {
        if (parsed.Errors.Count == 0)
        {
            return code;
        }

        error.WriteLine($"usage: see '{string.Join(' ', Commands(parsed.CommandResult).Reverse())} --help'.");
        return UsageError;
    }

    private static IEnumerable<string> Commands(CommandResult? result)
    {
        for (; result is not null; result = result.Parent as CommandResult)
        {
            yield return result.Command is RootCommand ? "RatificationApi.Tools" : result.Command.Name;
        }
    }

    /// <summary>An option whose value, when given, must not be empty: an empty path or id is a typo, never a choice.</summary>
    public static Option<string> NonEmpty(this Option<string> option)
    {
        ArgumentNullException.ThrowIfNull(option);
        option.Validators.Add(result =>
        {
            if (result.Tokens is [{ Value.Length: 0 }, ..])
            {
                result.AddError($"{option.Name} needs a value.");
            }
        });
        return option;
    }

    /// <summary>For a custom parser: records <paramref name="message"/> as the parse error.</summary>
    public static T Invalid<T>(ArgumentResult result, string message)
    {
        ArgumentNullException.ThrowIfNull(result);
        result.AddError(message);
        return default!;
    }
}
