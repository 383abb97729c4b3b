using System.Xml.Linq;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Widgets.WidgetHttp;

namespace RatificationApi.Tests.Widgets;

/// <summary>A host over a copy of data/ in which France's English name is full of markup.</summary>
public sealed class MarkupNameApiFactory : ApiFactory
{
    public const string Name = "A<b>&\"c\"'d";

    public MarkupNameApiFactory()
        : base(WithMarkupName())
    {
    }

    private static string WithMarkupName()
    {
        var data = TestPaths.CopyOfData();
        var path = Path.Combine(data, "participants.csv");
        var text = File.ReadAllText(path);
        var replaced = text.Replace("فرنسا,France,Francia", "فرنسا,\"A<b>&\"\"c\"\"'d\",Francia", StringComparison.Ordinal);
        if (replaced == text)
        {
            throw new InvalidOperationException("France's row was not found in participants.csv.");
        }

        File.WriteAllText(path, replaced);
        return data;
    }
}

/// <summary>A name with markup in it reaches every widget as text, never as markup.</summary>
public sealed class EscapingTests(MarkupNameApiFactory factory) : IClassFixture<MarkupNameApiFactory>
{
    private const string Name = MarkupNameApiFactory.Name;
    private const string Escaped = "A&lt;b&gt;&amp;&quot;c&quot;&#x27;d";

    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/widgets/states/FRA")]
    [InlineData("/widgets/states/FRA?compact=true&theme=dark")]
    [InlineData("/embed?state=FRA&instrument=cedaw")]
    public async Task Html_NameWithMarkup_Escaped(string url)
    {
        var html = await GetHtml(_client, url);

        Assert.Contains(Escaped, html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Name, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Badge_NameWithMarkup_ValidXmlWithTheNameAsText()
    {
        var response = await Get(_client, "/badges/cedaw/FRA.svg");

        var svg = XDocument.Parse(response.Body).Root!;
        Assert.Equal($"{Name} — CEDAW: party since 1983", svg.Element(XName.Get("title", "http://www.w3.org/2000/svg"))!.Value);
        Assert.DoesNotContain("<b>", response.Body, StringComparison.Ordinal);
    }
}
