using RatificationApi.Coverage;
using RatificationApi.Data;
using RatificationApi.Importer;
using RatificationApi.Refresh;

namespace RatificationApi;

/// <summary>The offline tools' entry point: <c>dotnet run --project src/RatificationApi.Tools -- &lt;command&gt;</c>.</summary>
internal static class Tools
{
    public static async Task<int> Main(string[] args)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        return args switch
        {
            ["validate-data", .. var rest] => DataCommands.ValidateData(rest, Console.Out, Console.Error, today),
            ["coverage", .. var rest] => CoverageCommand.Run(rest, Console.Out, Console.Error, today),
            ["import-mtdsg", .. var rest] => ImportMtdsgCommand.Run(rest, Console.Out, Console.Error, today),
            ["refresh", ..] => await RefreshCommand.RunAsync(args, Console.Out, Console.Error, today),
            _ => Usage(),
        };
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: dotnet run --project src/RatificationApi.Tools -- <validate-data|coverage|import-mtdsg|refresh> [options]");
        return 2;
    }
}
