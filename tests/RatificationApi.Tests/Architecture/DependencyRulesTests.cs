using NetArchTest.Rules;

namespace RatificationApi.Tests.Architecture;

/// <summary>
/// The dependency rules of the service, as code. A feature (one folder, one <c>MapXxx</c>) may use the read model,
/// the domain and the infrastructure, never another feature nor the database: a helper two features need lives in
/// a shared folder, and every request reads the catalog loaded at start-up. Importer, Refresh, Coverage and Data are the
/// offline tools and the data library: what they depend on is out of scope here until the tools leave the service
/// (issue 13, item 5), and so is what Database depends on, which the tools and the service share.
/// </summary>
public class DependencyRulesTests
{
    private const string Root = "RatificationApi.";

    private static readonly string[] FeatureNames = ["Instruments", "States", "Resolutions", "Actions", "Matrix", "Widgets", "Health", "Downloads"];

    public static TheoryData<string> Features { get; } = new(FeatureNames);

    private static Types Service => Types.InAssembly(typeof(Program).Assembly);

    [Fact]
    public void Domain_DependsOnNothingOfOurs()
    {
        var ours = OurNamespaces().Where(n => n != "Domain").Select(n => Root + n).ToArray();

        var result = Service.That().ResideInNamespace(Root + "Domain").ShouldNot().HaveDependencyOnAny(ours).GetResult();

        AssertKept(result, "Domain is the pure fold: it depends on nothing of ours");
    }

    [Fact]
    public void Infrastructure_DependsOnNoFeature()
    {
        var result = Service.That().ResideInNamespace(Root + "Infrastructure").ShouldNot().HaveDependencyOnAny(FeatureNamespaces()).GetResult();

        AssertKept(result, "Infrastructure serves every feature and knows none: a feature contributes its own bits (attributes on its request records, its own JSON context)");
    }

    [Fact]
    public void ReadModel_DependsOnNoFeature()
    {
        var result = Service.That().ResideInNamespace(Root + "ReadModel").ShouldNot().HaveDependencyOnAny(FeatureNamespaces()).GetResult();

        AssertKept(result, "The read model is shared by every feature and knows none");
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_DependsOnNoOtherFeature(string feature)
    {
        var others = FeatureNamespaces().Where(n => n != Root + feature).ToArray();

        var result = Service.That().ResideInNamespace(Root + feature).ShouldNot().HaveDependencyOnAny(others).GetResult();

        AssertKept(result, $"{feature} depends on no other feature: a helper two features need moves to a shared folder (ReadModel, Domain or Infrastructure)");
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_OpensNoDatabase(string feature)
    {
        var result = Service.That().ResideInNamespace(Root + feature).ShouldNot().HaveDependencyOnAny(Root + "Database", "Microsoft.Data.Sqlite", "Dapper").GetResult();

        AssertKept(result, $"{feature} reads the read model, loaded once at start-up; it opens no connection");
    }

    [Fact]
    public void Features_AreEveryFolderThatIsNotShared()
    {
        // A new folder must be named here, as a feature or as shared, so that the rules above cover it.
        string[] shared = ["Coverage", "Data", "Database", "Domain", "Importer", "Infrastructure", "ReadModel", "Refresh"];

        var unclassified = OurNamespaces().Except(shared).Except(FeatureNames).ToList();

        Assert.True(unclassified.Count == 0, $"Namespaces neither feature nor shared: {string.Join(", ", unclassified)}.");
    }

    private static string[] FeatureNamespaces() => [.. FeatureNames.Select(f => Root + f)];

    // The first segment under RatificationApi of every namespace in the service.
    private static IEnumerable<string> OurNamespaces() => typeof(Program).Assembly.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
        .Select(n => n[Root.Length..].Split('.')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);

    private static void AssertKept(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}. Broken by: {string.Join(", ", result.FailingTypeNames ?? [])}.");
}
