using NetArchTest.Rules;

namespace RatificationApi.Tests.Architecture;

/// <summary>
/// The dependency rules of the service, as code. A feature (one folder, one <c>MapXxx</c>) may use the read model,
/// the domain and the infrastructure, never another feature nor the database: a helper two features need lives in
/// a shared folder, and every request reads the catalog loaded at start-up. Three assemblies: RatificationApi.Core
/// (Domain, Data, Database, and the catalog's loader in ReadModel: what the service and the tools share), the service,
/// and RatificationApi.Tools (import, refresh, coverage, validate); the service and the tools both use Core and never
/// each other, and the coverage report folds over the same catalog as the service. Every rule first checks
/// that it selects some types, so that a renamed namespace cannot turn a rule into one that passes on nothing.
/// </summary>
public class DependencyRulesTests
{
    private const string Root = "RatificationApi.";

    private static readonly string[] FeatureNames = ["Instruments", "States", "Resolutions", "Actions", "Matrix", "Widgets", "Health", "Downloads"];

    public static TheoryData<string> Features { get; } = new(FeatureNames);

    private static readonly System.Reflection.Assembly ServiceAssembly = typeof(Program).Assembly;

    private static readonly System.Reflection.Assembly CoreAssembly = typeof(RatificationApi.Domain.StatusFold).Assembly;

    private static readonly System.Reflection.Assembly ToolsAssembly = typeof(RatificationApi.Importer.ImportPipeline).Assembly;

    private static Types Service => Types.InAssembly(ServiceAssembly);

    private static Types Core => Types.InAssembly(CoreAssembly);

    [Fact]
    public void Domain_DependsOnNothingOfOurs()
    {
        var ours = OurNamespaces(ServiceAssembly).Concat(OurNamespaces(CoreAssembly)).Concat(OurNamespaces(ToolsAssembly)).Distinct().Where(n => n != "Domain").Select(n => Root + n).ToArray();

        var result = Selected(Core, "Domain").ShouldNot().HaveDependencyOnAny(ours).GetResult();

        AssertKept(result, "Domain is the pure fold: it depends on nothing of ours");
    }

    [Fact]
    public void Infrastructure_DependsOnNoFeature()
    {
        var result = Selected(Service, "Infrastructure").ShouldNot().HaveDependencyOnAny(FeatureNamespaces()).GetResult();

        AssertKept(result, "Infrastructure serves every feature and knows none: a feature contributes its own bits (attributes on its request records, its own JSON context)");
    }

    [Fact]
    public void ReadModel_DependsOnNoFeature()
    {
        var result = Selected(Service, "ReadModel").ShouldNot().HaveDependencyOnAny(FeatureNamespaces()).GetResult();

        AssertKept(result, "The read model is shared by every feature and knows none");
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_DependsOnNoOtherFeature(string feature)
    {
        var others = FeatureNamespaces().Where(n => n != Root + feature).ToArray();

        var result = Selected(Service, feature).ShouldNot().HaveDependencyOnAny(others).GetResult();

        AssertKept(result, $"{feature} depends on no other feature: a helper two features need moves to a shared folder (ReadModel, Domain or Infrastructure)");
    }

    [Theory]
    [MemberData(nameof(Features))]
    public void Feature_OpensNoDatabase(string feature)
    {
        var result = Selected(Service, feature).ShouldNot().HaveDependencyOnAny(Root + "Database", "Microsoft.Data.Sqlite", "Dapper").GetResult();

        AssertKept(result, $"{feature} reads the read model, loaded once at start-up; it opens no connection");
    }

    [Fact]
    public void Data_DependsOnlyOnDomain()
    {
        var result = Selected(Core, "Data").ShouldNot().HaveDependencyOnAny(Root + "Database").GetResult();

        AssertKept(result, "Data reads and validates the CSV files with the domain's rules; the database is built from it, not the other way round");
    }

    [Fact]
    public void Core_KnowsNothingOfTheWeb()
    {
        var result = Core.ShouldNot().HaveDependencyOnAny("Microsoft.AspNetCore", "System.CommandLine", "Microsoft.Extensions.Http").GetResult();

        AssertKept(result, "Core is shared by a web service and command-line tools, so it depends on neither's framework");
    }

    [Fact]
    public void ServiceAndTools_ShareOnlyCore()
    {
        var service = ServiceAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();
        var tools = ToolsAssembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.Contains(CoreAssembly.GetName().Name, service);
        Assert.Contains(CoreAssembly.GetName().Name, tools);
        Assert.DoesNotContain(ToolsAssembly.GetName().Name, service);
        Assert.DoesNotContain(ServiceAssembly.GetName().Name, tools);
        // The packaged client sits in src/ beside them but is a consumer of the contract, generated from it, not a part of either.
        Assert.DoesNotContain("RatificationApi.Client", service);
        Assert.DoesNotContain("RatificationApi.Client", tools);
    }

    [Fact]
    public void Features_AreEveryFolderThatIsNotShared()
    {
        // A new folder must be named here, as a feature or as shared, so that the rules above cover it.
        string[] shared = ["Infrastructure", "ReadModel"];

        var unclassified = OurNamespaces(ServiceAssembly).Except(shared).Except(FeatureNames).ToList();

        Assert.True(unclassified.Count == 0, $"Namespaces neither feature nor shared: {string.Join(", ", unclassified)}.");
    }

    [Fact]
    public void Core_IsDomainDataDatabaseAndTheCatalogsLoader()
    {
        Assert.Equal(["Data", "Database", "Domain", "ReadModel"], OurNamespaces(CoreAssembly));
    }

    [Fact]
    public void Coverage_FoldsFromTheCatalogTheServiceLoads()
    {
        var tools = Types.InAssembly(ToolsAssembly);
        var csvRows = CoreAssembly.GetTypes()
            .Where(t => typeof(RatificationApi.Data.DataRow).IsAssignableFrom(t) || t == typeof(RatificationApi.Data.DataSet))
            .Select(t => t.FullName!)
            .ToArray();

        var loading = tools.That().ResideInNamespace(Root + "Coverage").And().HaveDependencyOn(Root + "ReadModel.CatalogLoader").GetTypes();
        var result = Selected(tools, "Coverage").ShouldNot().HaveDependencyOnAny(csvRows).GetResult();

        Assert.True(loading.Any(), "The coverage report loads Core's catalog (CatalogLoader) from a database the service's builder built.");
        AssertKept(result, "The coverage report folds over the catalog the service serves, not over the CSV rows");
    }

    private static string[] FeatureNamespaces() => [.. FeatureNames.Select(f => Root + f)];

    // The types of one namespace (and those nested under it), which must exist: a rule over no types proves nothing.
    private static PredicateList Selected(Types assembly, string folder)
    {
        // ResideInNamespace matches by prefix: "RatificationApi.Data" would take in RatificationApi.Database too.
        var selected = assembly.That().ResideInNamespaceMatching($@"^{System.Text.RegularExpressions.Regex.Escape(Root + folder)}(\..+)?$");
        Assert.True(selected.GetTypes().Any(), $"No type resides in {Root + folder}: rename the rule along with the namespace.");
        return selected;
    }

    // The first segment under RatificationApi of every namespace in an assembly.
    private static IEnumerable<string> OurNamespaces(System.Reflection.Assembly assembly) => assembly.GetTypes()
        .Select(t => t.Namespace)
        .OfType<string>()
        .Where(n => n.StartsWith(Root, StringComparison.Ordinal))
        .Select(n => n[Root.Length..].Split('.')[0])
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal);

    private static void AssertKept(TestResult result, string rule) =>
        Assert.True(result.IsSuccessful, $"{rule}. Broken by: {string.Join(", ", result.FailingTypeNames ?? [])}.");
}
