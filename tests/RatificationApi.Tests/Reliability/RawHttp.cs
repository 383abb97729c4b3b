using System.Net.Sockets;
using System.Text;

namespace RatificationApi.Tests.Reliability;

/// <summary>One HTTP/1.1 exchange as an attacker or a broken client sends it.</summary>
/// <param name="Method">The method token, sent as is.</param>
/// <param name="Target">The request target, sent byte for byte as written (Latin-1), with no normalisation.</param>
/// <param name="Headers">Extra header lines.</param>
/// <param name="Body">Content, sent with a Content-Length.</param>
public sealed record RawRequest(string Method, string Target, IReadOnlyList<(string Name, string Value)>? Headers = null, string? Body = null);

/// <summary>A response read to the end of the connection; a chunked body is decoded.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public string? MediaType => Header("Content-Type")?.Split(';')[0].Trim();
}

/// <summary>
/// A deliberately small HTTP/1.1 client over a socket to 127.0.0.1. HttpClient and Uri would normalise
/// what these tests must send as is: percent-encoded dot segments, invalid UTF-8, repeated parameters,
/// custom methods, a body on a GET.
/// </summary>
public sealed class RawHttp(int port)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    public async Task<RawResponse> SendAsync(RawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var cts = new CancellationTokenSource(Timeout);
        using var client = new TcpClient();
        await client.ConnectAsync(System.Net.IPAddress.Loopback, port, cts.Token);
        await using var stream = client.GetStream();
        var (head, body) = Encode(request);
        await stream.WriteAsync(head, cts.Token);
        await stream.WriteAsync(body, cts.Token);

        using var received = new MemoryStream();
        await stream.CopyToAsync(received, cts.Token);
        return Parse(received.ToArray(), HttpMethodsHaveNoBody(request.Method));
    }

    /// <summary>The same, blocking: for property bodies, which FsCheck runs synchronously.</summary>
    public RawResponse Send(RawRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var client = new TcpClient { ReceiveTimeout = (int)Timeout.TotalMilliseconds, SendTimeout = (int)Timeout.TotalMilliseconds };
        client.Connect(System.Net.IPAddress.Loopback, port);
        using var stream = client.GetStream();
        var (head, body) = Encode(request);
        stream.Write(head);
        stream.Write(body);

        using var received = new MemoryStream();
        stream.CopyTo(received);
        return Parse(received.ToArray(), HttpMethodsHaveNoBody(request.Method));
    }

    private (byte[] Head, byte[] Body) Encode(RawRequest request)
    {
        var head = new StringBuilder()
            .Append(request.Method).Append(' ').Append(request.Target).Append(" HTTP/1.1\r\n")
            .Append("Host: 127.0.0.1:").Append(port).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var (name, value) in request.Headers ?? [])
        {
            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        var body = request.Body is null ? [] : Encoding.UTF8.GetBytes(request.Body);
        if (request.Body is not null)
        {
            head.Append("Content-Length: ").Append(body.Length).Append("\r\n");
        }

        head.Append("\r\n");
        return (Encoding.Latin1.GetBytes(head.ToString()), body);
    }

    private static bool HttpMethodsHaveNoBody(string method) => method is "HEAD";

    private static RawResponse Parse(byte[] bytes, bool isHead)
    {
        var end = IndexOf(bytes, "\r\n\r\n"u8.ToArray(), 0);
        if (end < 0)
        {
            throw new InvalidOperationException($"No complete response head in {bytes.Length} bytes: {Encoding.Latin1.GetString(bytes)}");
        }

        var lines = Encoding.Latin1.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }

        var body = bytes[(end + 4)..];
        if (!isHead && headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            body = Dechunk(body);
        }

        return new RawResponse(status, headers, body);
    }

    private static byte[] Dechunk(byte[] chunked)
    {
        using var output = new MemoryStream();
        var position = 0;
        while (true)
        {
            var lineEnd = IndexOf(chunked, "\r\n"u8.ToArray(), position);
            var size = Convert.ToInt32(Encoding.Latin1.GetString(chunked, position, lineEnd - position).Split(';')[0], 16);
            if (size == 0)
            {
                return output.ToArray();
            }

            output.Write(chunked, lineEnd + 2, size);
            position = lineEnd + 2 + size + 2;
        }
    }

    private static int IndexOf(byte[] haystack, byte[] needle, int start)
    {
        for (var i = start; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        return -1;
    }
}
