namespace RatificationApi.Data;

/// <summary>Commands run from the command line instead of the web host.</summary>
public static class DataCommands
{
    /// <summary>
    /// <c>validate-data [directory]</c>: runs every data validator and prints each problem with its file,
    /// line and rule. Exit code 0 when the data is valid, 1 when not, 2 on bad usage.
    /// </summary>
    public static int ValidateData(IReadOnlyList<string> args, TextWriter output, TextWriter error, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (args.Count > 1)
        {
            error.WriteLine("usage: validate-data [data-directory]");
            return 2;
        }

        var directory = args.Count == 1 ? args[0] : DefaultDirectory();
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
