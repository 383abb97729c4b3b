using System.Text.Json;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

public class BreakingChangeTests
{
    private static readonly string Root = TestPaths.RepositoryRoot();

    private static JsonElement Load(string relative) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, relative))).RootElement.Clone();

    [Fact]
    public void CommittedDocument_AgainstTheReleasedBaseline_NoBreakingChangeUnlessTheMajorVersionChanged()
    {
        var baseline = Load("openapi/baseline/ratification-api.v1.json");
        var current = Load("openapi/ratification-api.v1.json");

        if (BreakingChanges.Major(baseline) != BreakingChanges.Major(current))
        {
            return; // a new major version may break anything; /v1 itself never does (docs/api.md, "The contract, and how it may change").
        }

        var breaking = BreakingChanges.Find(baseline, current);
        Assert.True(breaking.Count == 0, "The contract breaks /v1 clients:\n" + string.Join("\n", breaking));
    }

    // Small documents built to show each rule firing, so that the check itself can fail.
    private static JsonElement Doc(string parameters = """[{"name":"lang","in":"query","schema":{"type":"string","enum":["en","fr"]}}]""",
        string properties = """{"id":{"type":"string"},"count":{"type":"integer"}}""",
        string path = "/v1/things/{id}", string version = "1.0.0", string media = "application/json") =>
        JsonDocument.Parse(
            "{\"openapi\":\"3.0.4\",\"info\":{\"title\":\"t\",\"version\":\"" + version + "\"}," +
            "\"paths\":{\"" + path + "\":{\"get\":{\"parameters\":" + parameters + "," +
            "\"responses\":{\"200\":{\"description\":\"OK\",\"content\":{\"" + media + "\":{\"schema\":{\"$ref\":\"#/components/schemas/Thing\"}}}}}}}}," +
            "\"components\":{\"schemas\":{\"Thing\":{\"type\":\"object\",\"properties\":" + properties + "}}}}").RootElement.Clone();

    [Fact]
    public void Find_SameDocument_Nothing() => Assert.Empty(BreakingChanges.Find(Doc(), Doc()));

    [Fact]
    public void Find_AddedOptionalParameterAndProperty_NothingBecauseAdditionsDoNotBreak() =>
        Assert.Empty(BreakingChanges.Find(Doc(), Doc(
            parameters: """[{"name":"lang","in":"query","schema":{"type":"string","enum":["en","fr","zh"]}},{"name":"asOf","in":"query","schema":{"type":"string"}}]""",
            properties: """{"id":{"type":"string"},"count":{"type":"integer"},"extra":{"type":"string"}}""")));

    [Theory]
    [InlineData("path", "path /v1/things/{id} was removed")]
    [InlineData("parameter", "parameter query:lang was removed")]
    [InlineData("required", "new required parameter query:asOf")]
    [InlineData("narrowed", "parameter query:lang no longer accepts fr")]
    [InlineData("property", "property count was removed")]
    [InlineData("type", "count changed type from integer to string")]
    [InlineData("nullable", "count may now be null")]
    [InlineData("media", "no longer offers application/json")]
    public void Find_BreakingChange_Named(string change, string expected)
    {
        var current = change switch
        {
            "path" => Doc(path: "/v1/items/{id}"),
            "parameter" => Doc(parameters: "[]"),
            "required" => Doc(parameters: """[{"name":"lang","in":"query","schema":{"type":"string","enum":["en","fr"]}},{"name":"asOf","in":"query","required":true,"schema":{"type":"string"}}]"""),
            "narrowed" => Doc(parameters: """[{"name":"lang","in":"query","schema":{"type":"string","enum":["en"]}}]"""),
            "property" => Doc(properties: """{"id":{"type":"string"}}"""),
            "type" => Doc(properties: """{"id":{"type":"string"},"count":{"type":"string"}}"""),
            "nullable" => Doc(properties: """{"id":{"type":"string"},"count":{"type":"integer","nullable":true}}"""),
            _ => Doc(media: "text/csv"),
        };

        var found = BreakingChanges.Find(Doc(), current);

        Assert.Contains(found, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Find_NullableObjectMovedIntoTheComponentsAsOneOfWithNull_NothingBecauseTheShapeIsTheSame() =>
        Assert.Empty(BreakingChanges.Find(
            Doc(properties: """{"id":{"type":"string"},"count":{"type":"integer"},"region":{"type":"object","nullable":true,"properties":{"id":{"type":"string"}}}}"""),
            Doc(properties: """{"id":{"type":"string"},"count":{"type":"integer"},"region":{"oneOf":[{"$ref":"#/components/schemas/Thing"},{"type":"object","nullable":true,"enum":[null]}]}}""")));

    [Fact]
    public void Find_PropertyThatGainsANullBranch_MayNowBeNull() =>
        Assert.Contains(
            BreakingChanges.Find(Doc(), Doc(properties: """{"id":{"oneOf":[{"type":"string"},{"type":"string","nullable":true,"enum":[null]}]},"count":{"type":"integer"}}""")),
            f => f.Contains("id may now be null", StringComparison.Ordinal));

    [Fact]
    public void Find_PathParameterRenamed_NothingBecauseTheNameIsNotOnTheWire() =>
        Assert.Empty(BreakingChanges.Find(
            Doc(path: "/v1/things/{instrument}", parameters: """[{"name":"instrument","in":"path","required":true,"schema":{"type":"string"}}]"""),
            Doc(path: "/v1/things/{id}", parameters: """[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}]""")));

    [Fact]
    public void Find_TrueFalseStringBecameBoolean_NothingBecauseTheSameTextIsAccepted() =>
        Assert.Empty(BreakingChanges.Find(
            Doc(parameters: """[{"name":"compact","in":"query","schema":{"type":"string","enum":["true","false"]}}]"""),
            Doc(parameters: """[{"name":"compact","in":"query","schema":{"type":"boolean"}}]""")));

    [Fact]
    public void Find_OtherStringBecameBoolean_ChangedType() =>
        Assert.Contains(
            BreakingChanges.Find(
                Doc(parameters: """[{"name":"compact","in":"query","schema":{"type":"string","enum":["yes","no"]}}]"""),
                Doc(parameters: """[{"name":"compact","in":"query","schema":{"type":"boolean"}}]""")),
            f => f.Contains("parameter query:compact changed type from string to boolean", StringComparison.Ordinal));

    [Fact]
    public void Major_NewMajorVersion_Differs() => Assert.NotEqual(BreakingChanges.Major(Doc()), BreakingChanges.Major(Doc(version: "2.0.0")));
}
