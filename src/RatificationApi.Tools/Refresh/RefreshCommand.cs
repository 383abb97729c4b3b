using System.CommandLine;

namespace RatificationApi.Refresh;

/// <summary>What the command line asked for.</summary>
internal sealed record RefreshOptions(IReadOnlyList<string> Instruments, Uri BaseUrl, string? DataDirectory, bool DryRun, string? SummaryFile);

/// <summary>
/// <c>refresh</c>: brings <c>data/</c> up to date from the UN Treaty Collection's live status pages, one instrument at a
/// time, all or nothing per instrument (see docs/refresh.md). Exit codes: 0 nothing changed, 1 something failed (what
/// succeeded is still written), 2 bad usage, 3 data changed and nothing failed.
/// </summary>
internal static class RefreshCommand
{
    public const int NothingChanged = 0;
    public const int SomethingFailed = 1;
    public const int UsageError = 2;
    public const int DataChanged = 3;

    public const string DefaultBaseUrl = "https://treaties.un.org";

    private const string Description =
        "Brings data/ up to date from the UN Treaty Collection's status pages, one instrument at a time: a page that " +
        "fails to download, parse, match its own counts or validate changes nothing for its instrument; the others still refresh.\n" +
        "Exit codes: 0 nothing changed; 1 something failed (the other instruments' changes are still written); " +
        "2 bad usage; 3 data changed and nothing failed.";

    /// <param name="args">The whole command line, starting with <c>refresh</c>.</param>
    /// <param name="output">The diff and the summary lines.</param>
    /// <param name="error">Failures, retries, usage errors.</param>
    /// <param name="today">The date rows are recorded on, and "now" for the counts.</param>
    /// <param name="client">How to treat the site; the defaults when null. <c>--pause</c> and <c>--contact</c> override it.</param>
    /// <param name="cancellationToken">Stops between requests and during one.</param>
    public static async Task<int> RunAsync(
        IReadOnlyList<string> args,
        TextWriter output,
        TextWriter error,
        DateOnly today,
        DepositaryClientSettings? client = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        client ??= new DepositaryClientSettings();

        var instrument = new Option<string[]>("--instrument")
        {
            Description = "An instrument id of instruments.csv (repeat for several); all of them, in the file's order, when none is given.",
            HelpName = "id",
        };
        var baseUrl = new Option<Uri>("--base-url")
        {
            Description = "The site to fetch {base-url}/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={mtdsg}&chapter={chapter}&clang=_en from (a mirror, or a test server).",
            HelpName = "url",
            DefaultValueFactory = _ => new Uri(DefaultBaseUrl),
            CustomParser = result => Uri.TryCreate(result.Tokens[0].Value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
                ? uri
                : Invalid<Uri>(result, $"--base-url '{result.Tokens[0].Value}' is not an absolute http(s) URL."),
        };
        var data = new Option<string>("--data") { Description = "The data directory (default: the repository's data/).", HelpName = "dir" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Fetch, check and print the diff; write nothing." };
        var summary = new Option<string>("--summary") { Description = "Also write the summary as JSON to this file.", HelpName = "file.json" };
        var pause = new Option<double>("--pause")
        {
            Description = "Seconds to wait between two instruments' requests.",
            HelpName = "seconds",
            DefaultValueFactory = _ => client.Pause.TotalSeconds,
        };
        pause.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is < 0 or > 600)
            {
                result.AddError("--pause must be between 0 and 600 seconds.");
            }
        });
        var contact = new Option<string>("--contact")
        {
            Description = "A URL or e-mail address for the User-Agent header, so that the site's operators can reach whoever runs this " +
                $"(default: the GitHub repository in a GitHub Actions run, else \"{DepositaryClientSettings.DefaultContact}\").",
            HelpName = "url-or-email",
        };

        var command = new Command("refresh", Description) { instrument, baseUrl, data, dryRun, summary, pause, contact };
        command.SetAction(async (parsed, token) =>
        {
            var options = new RefreshOptions(
                parsed.GetValue(instrument) ?? [], parsed.GetValue(baseUrl)!, parsed.GetValue(data), parsed.GetValue(dryRun), parsed.GetValue(summary));
            var settings = client with
            {
                Pause = TimeSpan.FromSeconds(parsed.GetValue(pause)),
                Contact = parsed.GetValue(contact) is { Length: > 0 } given ? given : client.Contact,
            };
            return await RefreshRun.RunAsync(options, settings, output, error, today, token).ConfigureAwait(false);
        });
        var root = new RootCommand("RatificationApi tools") { command };
        var parseResult = root.Parse([.. args]);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var code = await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);

        // System.CommandLine reports a parse error with 1, which this command keeps for a failed instrument.
        return parseResult.Errors.Count > 0 ? UsageError : code;
    }

    private static T Invalid<T>(System.CommandLine.Parsing.ArgumentResult result, string message)
    {
        result.AddError(message);
        return default!;
    }
}
