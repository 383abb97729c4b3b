using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Logging;

namespace RatificationApi.Tests.Refresh;

/// <summary>
/// A stand-in for the UN Treaty Collection: real Kestrel on a free loopback port, answering
/// <c>/Pages/ViewDetails.aspx?mtdsg_no=…</c> with whatever each test sets for that number (404 otherwise), and
/// counting requests so that retries can be checked.
/// </summary>
internal sealed class FakeDepositary : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, RequestDelegate> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _requests = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _userAgents = new();

    private FakeDepositary(WebApplication app, Uri baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public IReadOnlyCollection<string> UserAgents => _userAgents;

    public static async Task<FakeDepositary> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(1));
        var app = builder.Build();
        FakeDepositary? fake = null;
        app.MapGet("/Pages/ViewDetails.aspx", (HttpContext context) => fake!.Answer(context));
        await app.StartAsync();
        fake = new FakeDepositary(app, new Uri(app.Urls.Single()));
        Assert.True(IPAddress.IsLoopback(IPAddress.Parse(fake.BaseUrl.Host)), $"the fake depositary must listen on loopback only; it listens on {fake.BaseUrl}.");
        return fake;
    }

    /// <summary>The status page's address for an MTDSG number, as refresh builds it.</summary>
    public string Url(string mtdsg, int chapter) =>
        $"{BaseUrl.AbsoluteUri.TrimEnd('/')}/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no={mtdsg}&chapter={chapter}&clang=_en";

    public void Serve(string mtdsg, RequestDelegate answer) => _pages[mtdsg] = answer;

    public void ServePage(string mtdsg, string html) => ServeBytes(mtdsg, System.Text.Encoding.UTF8.GetBytes(html));

    public void ServeBytes(string mtdsg, byte[] body) => Serve(mtdsg, async context =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.ContentLength = body.Length;
        await context.Response.Body.WriteAsync(body);
    });

    public int Requests(string mtdsg) => _requests.TryGetValue(mtdsg, out var count) ? count : 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private Task Answer(HttpContext context)
    {
        var mtdsg = context.Request.Query["mtdsg_no"].ToString();
        _requests.AddOrUpdate(mtdsg, 1, (_, n) => n + 1);
        _userAgents.Enqueue(context.Request.Headers.UserAgent.ToString());
        if (_pages.TryGetValue(mtdsg, out var answer))
        {
            return answer(context);
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    /// <summary>Answers for the failure cases.</summary>
    public static class Answers
    {
        public static RequestDelegate Status(int code) => context =>
        {
            context.Response.StatusCode = code;
            context.Response.ContentType = "text/html";
            return context.Response.WriteAsync($"<html><body><h1>Error {code}</h1></body></html>");
        };

        /// <summary>Accepts the request and never answers, until the client gives up.</summary>
        public static readonly RequestDelegate Hang = async context =>
        {
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                // The client gave up, which is what the test waits for.
            }
        };

        /// <summary>Sends to the same address again, for ever.</summary>
        public static readonly RequestDelegate RedirectToItself = context =>
        {
            context.Response.Redirect(context.Request.GetEncodedUrl());
            return Task.CompletedTask;
        };

        /// <summary>A body with no Content-Length that never ends: only a cap enforced while reading stops it.</summary>
        public static readonly RequestDelegate EndlessBody = async context =>
        {
            context.Response.ContentType = "text/html";
            var chunk = System.Text.Encoding.ASCII.GetBytes("<html><body>" + new string('x', 64 * 1024));
            try
            {
                while (!context.RequestAborted.IsCancellationRequested)
                {
                    await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The client stopped reading.
            }
        };

        /// <summary>Promises the whole page, sends half, and drops the connection.</summary>
        public static RequestDelegate CutShort(byte[] page) => async context =>
        {
            context.Response.ContentType = "text/html";
            context.Response.ContentLength = page.Length;
            await context.Response.Body.WriteAsync(page.AsMemory(0, page.Length / 2));
            await context.Response.Body.FlushAsync();
            context.Abort();
        };
    }
}
