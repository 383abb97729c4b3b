using System.Globalization;
using System.Text.RegularExpressions;
using RatificationApi.Downloads;
using RatificationApi.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.Downloads;

/// <summary>CITATION.cff: the keys CFF 1.2.0 requires, the licence the data states, and a version in the service's data version scheme.</summary>
public partial class CitationTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static YamlMappingNode Citation()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(TestPaths.RepositoryRoot(), "CITATION.cff"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents.Single().RootNode;
    }

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text } ? text : string.Empty;

    [Fact]
    public void Citation_RequiredKeysOfCff120()
    {
        var citation = Citation();

        Assert.Equal("1.2.0", Scalar(citation, "cff-version"));
        Assert.NotEmpty(Scalar(citation, "message"));
        Assert.NotEmpty(Scalar(citation, "title"));
        var authors = Assert.IsType<YamlSequenceNode>(citation.Children[new YamlScalarNode("authors")]);
        Assert.NotEmpty(authors.Children);
        Assert.All(authors.Children, a => Assert.True(Scalar((YamlMappingNode)a, "name").Length > 0 || Scalar((YamlMappingNode)a, "family-names").Length > 0));
        Assert.Equal("dataset", Scalar(citation, "type"));
    }

    [Fact]
    public void Citation_TheLicenceOfTheDataPackage()
    {
        Assert.Equal(DatasetArchive.LicenceName, Scalar(Citation(), "license"));
    }

    [Fact]
    public async Task Citation_VersionInTheDataVersionSchemeOfDownloads()
    {
        var citation = Citation();
        var served = (await GetJson(factory.CreateClient(), "/v1/downloads")).GetProperty("dataVersion").GetString()!;

        Assert.Matches(DataVersion(), served);
        Assert.Matches(DataVersion(), Scalar(citation, "version"));
        Assert.True(DateOnly.TryParseExact(Scalar(citation, "date-released"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var released));
        Assert.True(released <= factory.Today);
    }

    // The data version: the SHA-256 of the data files, in lower-case hex (DataSetLoader.Version).
    [GeneratedRegex("^[0-9a-f]{64}$", RegexOptions.CultureInvariant)]
    private static partial Regex DataVersion();
}
