using System.CommandLine;

namespace RatificationApi.Data;

/// <summary>Commands run from the command line instead of the web host.</summary>
public static class DataCommands
{
    private const string Description =
        "Runs every data validator and prints each problem with its file, line and rule.\n" +
        "Exit codes: 0 the data is valid; 1 it is not; 2 bad usage.";

    /// <summary><c>validate-data [data-directory]</c>.</summary>
    public static Command ValidateDataCommand(TextWriter output, TextWriter error, DateOnly today)
    {
        var directory = new Argument<string>("data-directory")
        {
            Description = "The data directory (default: the repository's data/).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var command = new Command("validate-data", Description) { directory };
        command.SetAction(parsed => ValidateData(parsed.GetValue(directory) ?? DefaultDirectory(), output, error, today));
        return command;
    }

    /// <summary><c>validate-data [directory]</c>, as the command line runs it.</summary>
    public static int ValidateData(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today) =>
        Tools.Invoke(ValidateDataCommand(output, error, today), args, output, error);

    private static int ValidateData(string directory, TextWriter output, TextWriter error, DateOnly today)
    {
        try
        {
            var data = DataSetLoader.Load(directory, today);
            output.WriteLine(
                $"OK: {directory}: {data.Instruments.Count} instruments, {data.Participants.Count} participants, " +
                $"{data.Actions.Count} actions, {data.Reservations.Count} statements, {data.Disagreements.Count} recorded disagreements; data version {data.Version[..16]}.");
            return 0;
        }
        catch (DataValidationException ex)
        {
            foreach (var problem in ex.Errors)
            {
                error.WriteLine(problem);
            }

            error.WriteLine($"{ex.Errors.Count} problem(s) in {directory}.");
            return 1;
        }
    }

    /// <summary>The repository's data/ when run from a clone, else the copy shipped with the build.</summary>
    public static string DefaultDirectory()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RatificationApi.sln")) && Directory.Exists(Path.Combine(dir.FullName, "data")))
            {
                return Path.Combine(dir.FullName, "data");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "data");
    }
}
