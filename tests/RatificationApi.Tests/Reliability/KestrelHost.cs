using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Reliability;

/// <summary>
/// The service on real Kestrel, on a loopback port of its own. TestServer skips Kestrel's request parsing
/// and limits (header and request-line sizes, invalid characters, HEAD without a body), which are part of
/// what a bad request meets; these tests must meet them too.
/// </summary>
public sealed class KestrelApiFactory : ApiFactory
{
    public KestrelApiFactory()
        : base(TestPaths.RepositoryData)
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        var address = new Uri(addresses.First());
        Assert.True(System.Net.IPAddress.IsLoopback(System.Net.IPAddress.Parse(address.Host == "localhost" ? "127.0.0.1" : address.Host)), $"Kestrel must listen on loopback only; it listens on {address}.");
        Port = address.Port;
    }

    public int Port { get; }

    public RawHttp Http => new(Port);
}
