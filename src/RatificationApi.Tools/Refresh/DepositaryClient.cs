using System.Globalization;
using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace RatificationApi.Refresh;

/// <summary>How <c>refresh</c> treats the depositary's site; the defaults are for the live site, tests shorten them.</summary>
internal sealed record DepositaryClientSettings
{
    /// <summary>Where the default User-Agent points, when no --contact is given and no CI run says which repository it is.</summary>
    public const string DefaultContact = "the RatificationApi maintainers, via the project's issue tracker";

    /// <summary>One try, from sending the request to the body's last byte.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Every try of one page and the waits between them.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Tries after the first, on a transient failure only (5xx, 408, 429, a timeout, a broken connection).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>The first wait; each next one doubles, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// No back-off wait is longer. A Retry-After header is honoured as the server gives it (measured: this cap does not
    /// shorten it), so only <see cref="TotalTimeout"/> bounds it: a longer wait ends the page as a timeout.
    /// </summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromSeconds(120);

    public int MaxRedirects { get; init; } = 5;

    /// <summary>The real CEDAW page, the largest, is 1.6 MB.</summary>
    public long MaxBodyBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The wait between two instruments' pages: one request at a time, spaced out.</summary>
    public TimeSpan Pause { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>A URL or address where the site's operators can reach whoever runs the refresh.</summary>
    public string Contact { get; init; } = DefaultContactFromEnvironment();

    public string UserAgent => $"RatificationApi-refresh/1.0 (+{Contact})";

    // In GitHub Actions the repository running the job is the project's address, which is what an operator needs.
    private static string DefaultContactFromEnvironment() =>
        Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } repository
            ? $"{Environment.GetEnvironmentVariable("GITHUB_SERVER_URL") ?? "https://github.com"}/{repository}"
            : DefaultContact;
}

/// <summary>A page's bytes, or why there are none.</summary>
internal sealed record DepositaryPage(byte[]? Body, string? Failure);

/// <summary>
/// Fetches status pages politely and boundedly: a User-Agent that names the project, a timeout per try and for the
/// whole page, a few retries with exponential back-off and jitter on transient failures only (honouring Retry-After),
/// a limit on redirects, and a cap on the body enforced while it is read. One request at a time: the caller waits.
/// </summary>
internal sealed class DepositaryClient : IDisposable
{
    private static readonly HttpRequestOptionsKey<int> Attempts = new("refresh.attempts");

    private readonly HttpClient _client;
    private readonly DepositaryClientSettings _settings;

    public DepositaryClient(DepositaryClientSettings settings, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        _settings = settings;
        var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.TotalTimeout, Name = "total" })
            .AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.RetryDelay,
                MaxDelay = settings.MaxRetryDelay,
                ShouldRetryAfterHeader = true,
                OnRetry = args =>
                {
                    if (args.Context.GetRequestMessage() is { } request)
                    {
                        request.Options.Set(Attempts, args.AttemptNumber + 2);
                        log.WriteLine($"refresh: {request.RequestUri}: try {args.AttemptNumber + 1} failed ({Describe(args.Outcome)}); " +
                            $"trying again in {args.RetryDelay.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
                    }

                    return default;
                },
            })
            .AddTimeout(new HttpTimeoutStrategyOptions { Timeout = settings.AttemptTimeout, Name = "attempt" })
            .Build();
        var sockets = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = settings.MaxRedirects,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = settings.AttemptTimeout,
        };
        _client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new CappedBodyHandler(settings.MaxBodyBytes) { InnerHandler = sockets } })
        {
            // The pipeline owns every timeout; HttpClient's own 100 s would cut across them.
            Timeout = Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", settings.UserAgent);
        _client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html");
    }

    public async Task<DepositaryPage> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Options.Set(Attempts, 1);
        try
        {
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
            var tries = Tries(request);
            if ((int)response.StatusCode is >= 300 and < 400)
            {
                return Failed($"still redirected after {_settings.MaxRedirects} redirect(s) (HTTP {(int)response.StatusCode} to {response.Headers.Location}): a redirect loop?");
            }

            if (!response.IsSuccessStatusCode)
            {
                return Failed($"HTTP {(int)response.StatusCode} {response.ReasonPhrase}{tries}.");
            }

            return new DepositaryPage(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false), null);
        }
        catch (BodyTooLargeException ex)
        {
            return Failed(ex.Message);
        }
        catch (TimeoutRejectedException ex)
        {
            return Failed($"no complete answer within {Seconds(ex.Timeout)}{Tries(request)}.");
        }
        catch (HttpRequestException ex)
        {
            return Failed($"{Reason(ex)}{Tries(request)}.");
        }
    }

    public void Dispose() => _client.Dispose();

    private static DepositaryPage Failed(string reason) => new(null, reason);

    private static string Tries(HttpRequestMessage request) =>
        request.Options.TryGetValue(Attempts, out var tries) && tries > 1 ? $" (after {tries} tries)" : string.Empty;

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s";

    private static string Describe(Outcome<HttpResponseMessage> outcome) => outcome.Exception switch
    {
        TimeoutRejectedException timeout => $"no complete answer within {Seconds(timeout.Timeout)}",
        HttpRequestException exception => Reason(exception),
        { } exception => exception.Message,
        null => $"HTTP {(int)outcome.Result!.StatusCode} {outcome.Result.ReasonPhrase}",
    };

    // HttpClient's own message ("An error occurred while sending the request.") hides the cause, which is inside.
    private static string Reason(HttpRequestException exception) =>
        exception.InnerException is { Message: var inner } && !exception.Message.Contains(inner, StringComparison.Ordinal)
            ? $"{exception.Message.TrimEnd('.')}: {inner.TrimEnd('.')}"
            : exception.Message.TrimEnd('.');

    /// <summary>A body larger than the cap; not transient, so not retried.</summary>
    private sealed class BodyTooLargeException(string message) : Exception(message);

    /// <summary>
    /// Reads a successful body inside each try, so that the try's timeout covers it and a connection broken
    /// mid-body is retried, and stops at the cap instead of buffering whatever the server sends.
    /// </summary>
    private sealed class CappedBodyHandler(long cap) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return response;
            }

            try
            {
                if (response.Content.Headers.ContentLength is { } length && length > cap)
                {
                    throw new BodyTooLargeException($"the body is {length} bytes (Content-Length), over the cap of {cap} bytes.");
                }

                using var buffer = new MemoryStream();
                var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
                await using (stream.ConfigureAwait(false))
                {
                    var chunk = new byte[81920];
                    int read;
                    while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        if (buffer.Length + read > cap)
                        {
                            throw new BodyTooLargeException($"the body is over the cap of {cap} bytes; stopped reading.");
                        }

                        buffer.Write(chunk, 0, read);
                    }
                }

                var content = new ByteArrayContent(buffer.ToArray());
                foreach (var header in response.Content.Headers)
                {
                    content.Headers.TryAddWithoutValidation(header.Key, header.Value);
                }

                response.Content.Dispose();
                response.Content = content;
                return response;
            }
            catch (IOException ex)
            {
                response.Dispose();

                // A body cut short is a network failure like a refused connection: the retry strategy handles this type.
                throw new HttpRequestException($"the connection broke while reading the body: {ex.Message}", ex);
            }
            catch
            {
                response.Dispose();
                throw;
            }
        }
    }
}
