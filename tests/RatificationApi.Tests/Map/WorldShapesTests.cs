using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration.Attributes;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Map;

/// <summary>
/// data/geo/world-shapes.csv, the map's prepared geometry (src/map-geometry/build-shapes.mjs): every participant but the
/// European Union can be drawn, exactly once, and the shapes sit where their States are.
/// </summary>
public class WorldShapesTests
{
    private static readonly string Root = TestPaths.RepositoryRoot();
    private static readonly IReadOnlyList<ShapeRow> Shapes = Read<ShapeRow>(Path.Combine(Root, "data", "geo", "world-shapes.csv"));
    private static readonly IReadOnlyList<ParticipantRow> Participants = Read<ParticipantRow>(Path.Combine(Root, "data", "participants.csv"));

    [Fact]
    public void EveryParticipantButTheEuropeanUnion_HasExactlyOneShapeOrDot()
    {
        var drawn = Shapes.Where(s => s.Kind == "participant").GroupBy(s => s.Participant).ToDictionary(g => g.Key, g => g.Count());

        var missing = Participants.Where(p => p.Id != "EU" && !drawn.ContainsKey(p.Id)).Select(p => p.Id).ToList();
        var twice = drawn.Where(d => d.Value > 1).Select(d => d.Key).ToList();

        Assert.Empty(missing);
        Assert.Empty(twice);
        Assert.DoesNotContain("EU", drawn.Keys);
    }

    [Fact]
    public void EveryParticipantRow_NamesTheParticipantOfItsM49Code()
    {
        var byM49 = Participants.Where(p => p.M49.Length > 0).ToDictionary(p => p.M49, p => p.Id);

        foreach (var shape in Shapes.Where(s => s.Kind == "participant"))
        {
            Assert.True(byM49.TryGetValue(shape.M49, out var id) && id == shape.Participant, $"{shape.M49} is drawn as {shape.Participant}");
        }

        // Territory that is not a participant is never labelled as one.
        Assert.All(Shapes.Where(s => s.Kind == "territory"), s => Assert.False(byM49.ContainsKey(s.M49) && s.M49.Length > 0, s.Name));
    }

    [Theory]
    // The anchor is the centre of a State's largest part: France's is in Europe, not in South America, the
    // Netherlands' not in the Caribbean, and those that cross the antimeridian are still in the Pacific.
    [InlineData("FRA", -5, 10, 41, 52)]
    [InlineData("NLD", 3, 8, 50, 54)]
    [InlineData("USA", -125, -66, 24, 50)]
    [InlineData("NOR", 4, 32, 57, 72)]
    [InlineData("DNK", 7, 16, 54, 58)]
    [InlineData("GBR", -9, 2, 49, 61)]
    [InlineData("RUS", 30, 180, 40, 80)]
    [InlineData("BRA", -74, -34, -34, 6)]
    [InlineData("AUS", 112, 154, -44, -10)]
    [InlineData("NZL", 166, 179, -48, -34)]
    [InlineData("FJI", 176, 180, -20, -15)]
    [InlineData("CHN", 73, 135, 18, 54)]
    [InlineData("ZAF", 16, 33, -35, -22)]
    [InlineData("CHL", -76, -66, -56, -17)]
    [InlineData("SOM", 40, 52, -2, 12)]
    [InlineData("TUV", 176, 180, -11, -5)]
    [InlineData("MCO", 7.3, 7.5, 43.7, 43.8)]
    public void TheAnchorOfAState_IsWhereTheStateIs(string participant, double west, double east, double south, double north)
    {
        var shape = Assert.Single(Shapes, s => s.Participant == participant);

        Assert.InRange(shape.Lon, west, east);
        Assert.InRange(shape.Lat, south, north);
    }

    [Fact]
    public void EveryAnchor_IsInsideItsShapesBoundsAndTheFrame()
    {
        var frame = Bounds(Assert.Single(Shapes, s => s.Kind == "sphere").Bounds);

        foreach (var shape in Shapes.Where(s => s.Kind != "sphere"))
        {
            var b = Bounds(shape.Bounds);
            Assert.True(b[0] - 0.1 <= shape.X && shape.X <= b[2] + 0.1 && b[1] - 0.1 <= shape.Y && shape.Y <= b[3] + 0.1, $"{shape.Name}: anchor outside its bounds");
            Assert.True(frame[0] <= b[0] && b[2] <= frame[2] && frame[1] <= b[1] && b[3] <= frame[3], $"{shape.Name}: outside the frame");
        }
    }

    [Fact]
    public void LargeStates_HaveADrawnShape_AndTheWholeMapFitsAnAnswer()
    {
        // A State as large as Belgium (about 30,000 km², 23 square units of the frame) is drawn, not dotted.
        Assert.All(Shapes.Where(s => s.Kind == "participant" && s.Area >= 20), s => Assert.NotEqual(string.Empty, s.Path));
        Assert.InRange(Shapes.Sum(s => s.Path.Length), 40_000, 100_000);
    }

    [Fact]
    public void WorldPaths_AreTheSameShapesGeneralized_InWholeUnits()
    {
        // Every feature drawn in detail is drawn at the world's scale too (or is a speck in both), with fewer points,
        // each to a whole unit (one pixel of the world map at its own size), where the detailed paths keep tenths.
        Assert.All(Shapes.Where(s => s.Kind == "participant" && s.Area >= 20), s => Assert.NotEqual(string.Empty, s.WorldPath));
        Assert.All(Shapes.Where(s => s.Path.Length == 0), s => Assert.Equal(string.Empty, s.WorldPath));
        Assert.All(Shapes.Where(s => s.Kind != "sphere"), s => Assert.True(s.WorldPath.Length <= s.Path.Length, $"{s.Name}: world_path longer than path"));
        Assert.All(Shapes, s => Assert.DoesNotContain('.', s.WorldPath));
        Assert.Contains(Shapes, s => s.Path.Contains('.', StringComparison.Ordinal));
        var detailed = Shapes.Sum(s => s.Path.Length);
        var world = Shapes.Sum(s => s.WorldPath.Length);
        Assert.InRange(world, detailed / 5, detailed / 2);
    }

    private static double[] Bounds(string text) =>
        [.. text.Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];

    private static List<T> Read<T>(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return [.. csv.GetRecords<T>()];
    }

    public sealed class ShapeRow
    {
        [Name("kind")] public string Kind { get; set; } = "";
        [Name("m49")] public string M49 { get; set; } = "";
        [Name("participant")] public string Participant { get; set; } = "";
        [Name("name")] public string Name { get; set; } = "";
        [Name("lon")] public double? LonOrNull { get; set; }
        [Name("lat")] public double? LatOrNull { get; set; }
        [Name("x")] public double? XOrNull { get; set; }
        [Name("y")] public double? YOrNull { get; set; }
        [Name("area")] public double Area { get; set; }
        [Name("bounds")] public string Bounds { get; set; } = "";
        [Name("path")] public string Path { get; set; } = "";
        [Name("world_path")] public string WorldPath { get; set; } = "";

        [Ignore] public double Lon => LonOrNull ?? double.NaN;
        [Ignore] public double Lat => LatOrNull ?? double.NaN;
        [Ignore] public double X => XOrNull ?? double.NaN;
        [Ignore] public double Y => YOrNull ?? double.NaN;
    }

    public sealed class ParticipantRow
    {
        [Name("id")] public string Id { get; set; } = "";
        [Name("m49")] public string M49 { get; set; } = "";
    }
}
