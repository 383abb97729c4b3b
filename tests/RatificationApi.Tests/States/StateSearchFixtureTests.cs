using System.Text.Json.Nodes;
using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;
using static RatificationApi.Tests.Infrastructure.HttpAssert;

namespace RatificationApi.Tests.States;

/// <summary>Search by name on the fixture data (its README lists the participants), where each answer is known whole.</summary>
public class StateSearchFixtureTests(FixtureApiFactory factory) : IClassFixture<FixtureApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task ListStates_Palestine_WholeAnswerWithTheCldrShortName()
    {
        var body = await GetJson(_client, "/v1/states?q=palestine&lang=fr");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""
                {"count":1,"items":[{"code":"PSE","iso3":"PSE","iso2":"PS","m49":"275","name":"État de Palestine","nameLang":"fr",
                "kind":"state","unMember":false,"unStatus":"observer","unAdmissionDate":null,
                "region":{"code":"142","name":"Asia"},"subregion":{"code":"145","name":"Western Asia"},"intermediateRegion":null,
                "match":{"name":"Palestine","lang":"fr","kind":"other","quality":"exact"}}]}
                """),
            JsonNode.Parse(body.GetRawText())), body.GetRawText());
    }

    [Fact]
    public async Task ListStates_State_PrefixBeforeLaterWord()
    {
        // "State of Palestine" begins with it; "United States of America" has it at its second word.
        var body = await GetJson(_client, "/v1/states?q=STATE");

        Assert.Equal(["PSE", "USA"], Codes(body.GetProperty("items"), "code"));
    }

    [Fact]
    public async Task ListStates_ShortNameBeforeOtherNameOfTheSameQuality()
    {
        // "Japon" (fr short name) and "Japón" (es short name) fold alike; the short name wins over CLDR's, then by language.
        var body = await GetJson(_client, "/v1/states?q=japon");

        var match = Assert.Single(body.GetProperty("items").EnumerateArray()).GetProperty("match");
        Assert.Equal("short", match.GetProperty("kind").GetString());
        Assert.Equal("exact", match.GetProperty("quality").GetString());
    }

    [Fact]
    public void Load_OtherNameOfUnknownParticipant_DataSetRefused()
    {
        var directory = TestPaths.NewTempDirectory("data");
        foreach (var file in Directory.GetFiles(TestPaths.FixtureData, "*.csv"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        var path = Path.Combine(directory, DataSetLoader.OtherNamesFile);
        var line = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, "XXX,en,Atlantis,common,cldr-localenames-full@48.2.0:main/en/territories.json#XX\n");

        var ex = Assert.Throws<DataValidationException>(() => DataSetLoader.Load(directory, new DateOnly(2026, 12, 2)));

        var error = Assert.Single(ex.Errors);
        Assert.Equal($"data/{DataSetLoader.OtherNamesFile}:{line}: [unknown-participant] Unknown participant 'XXX': it is not an id in participants.csv.", error.ToString());
    }

    [Theory]
    [InlineData("FRA,xx,France,common,test", "unknown-language")]
    [InlineData("FRA,en,Gaul,legend,test", "invalid-kind")]
    [InlineData("FRA,en,Gaul,common,", "missing-source")]
    [InlineData("FRA,en,,common,test", "missing-field")]
    public void Load_BadOtherName_DataSetRefused(string row, string rule)
    {
        var directory = TestPaths.NewTempDirectory("data");
        foreach (var file in Directory.GetFiles(TestPaths.FixtureData, "*.csv"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        File.AppendAllText(Path.Combine(directory, DataSetLoader.OtherNamesFile), row + "\n");

        var ex = Assert.Throws<DataValidationException>(() => DataSetLoader.Load(directory, new DateOnly(2026, 12, 2)));

        Assert.Contains(ex.Errors, e => e.Rule == rule && e.File == DataSetLoader.OtherNamesFile);
    }
}
