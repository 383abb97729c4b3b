using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

public sealed class ParticipantNameMapperTests
{
    private static readonly ParticipantNameMapper Mapper = new(
    [
        ("CIV", ["Côte d'Ivoire", "Republic of Côte d'Ivoire"]),
        ("TUR", ["Türkiye", "Republic of Türkiye", "Turkey"]),
        ("BHS", ["Bahamas", "Commonwealth of the Bahamas", "Bahamas (The)"]),
        ("PRK", ["Democratic People's Republic of Korea", ""]),
    ]);

    [Theory]
    [InlineData("Côte d'Ivoire", "CIV")]
    [InlineData("COTE D’IVOIRE", "CIV")]
    [InlineData("Cote  d'Ivoire", "CIV")]
    [InlineData("Turkey", "TUR")]
    [InlineData("turkiye", "TUR")]
    [InlineData("Bahamas (The)", "BHS")]
    [InlineData("Commonwealth of the Bahamas", "BHS")]
    [InlineData("Democratic People’s Republic of Korea", "PRK")]
    public void Map_CaseAccentQuoteAndAliasVariants_FindTheParticipant(string name, string id)
    {
        Assert.Equal(id, Mapper.Map(name));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("Bahamas (Commonwealth)")]
    public void Map_UnknownName_ReturnsNull(string name)
    {
        Assert.Null(Mapper.Map(name));
    }

    [Fact]
    public void Constructor_NameSharedByTwoParticipants_ReportsTheConflict()
    {
        var mapper = new ParticipantNameMapper([("AAA", ["Congo"]), ("BBB", ["congo"])]);

        Assert.Equal(["'congo' names both AAA and BBB"], mapper.Conflicts);
        Assert.Equal("AAA", mapper.Map("Congo"));
    }

    [Fact]
    public void FromFile_RealParticipants_MapsEveryNameAliasAndFormalNameWithoutConflict()
    {
        var mapper = ParticipantNameMapper.FromFile(Path.Combine(ImporterTestFiles.RealData, "participants.csv"));

        Assert.Empty(mapper.Conflicts);
        Assert.Equal("SWZ", mapper.Map("Swaziland"));
        Assert.Equal("MKD", mapper.Map("The former Yugoslav Republic of Macedonia"));
        Assert.Equal("EU", mapper.Map("European Union"));
    }
}
