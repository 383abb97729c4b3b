using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.AspNetCore.Http;
using RatificationApi.Infrastructure.Caching;

namespace RatificationApi.Tests.Infrastructure;

/// <summary>
/// A large answer is meant to be kept as Brotli only (Cache:KeepOnlyCompressedFromBytes). Its body must then be free to
/// go: a closure in the representation once kept all 120 maps' bodies alive, 14 MB that no request used.
/// </summary>
public sealed class CachedRepresentationMemoryTests
{
    [Fact]
    public void A_representation_kept_as_brotli_only_does_not_hold_its_body()
    {
        var (representation, body) = Make(keepOnlyCompressedFrom: 64 * 1024);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(body.IsAlive, "the uncompressed body is still reachable from the cached representation");
        Assert.Equal(Svg().Length, representation.Identity.Body.Length); // still served to a client without Brotli
        GC.KeepAlive(representation);
    }

    [Fact]
    public void A_representation_kept_whole_holds_its_body()
    {
        // The control: the same check sees a body that is meant to stay.
        var (representation, body) = Make(keepOnlyCompressedFrom: int.MaxValue);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.True(body.IsAlive);
        GC.KeepAlive(representation);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (CachedRepresentation Representation, WeakReference Body) Make(int keepOnlyCompressedFrom)
    {
        IHeaderDictionary headers = new HeaderDictionary { ["Content-Type"] = "image/svg+xml" };
        var body = Svg();
        var representation = CachedRepresentation.Create(headers, body, compressionThreshold: 1024, kept: true, keepOnlyCompressedFrom);
        return (representation, new WeakReference(body));
    }

    private static byte[] Svg()
    {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < 4000; i++)
        {
            svg.Append("<path d=\"M").Append(i).Append(" 0h10v10h-10z\"/>");
        }

        return Encoding.UTF8.GetBytes(svg.Append("</svg>").ToString());
    }
}
