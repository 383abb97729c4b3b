using RatificationApi.Data;

namespace RatificationApi.ReadModel;

/// <summary>A box in the map's frame (projected units, y downwards).</summary>
internal readonly record struct MapBox(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    public MapBox Union(MapBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));
}

/// <summary>A feature of the world map: a participant's territory, or territory that is no participant.</summary>
/// <param name="Participant">The participant's id; null for other territory.</param>
/// <param name="X">Where the participant is marked when drawn as a dot (the centre of its largest part).</param>
/// <param name="Y">See <paramref name="X"/>.</param>
/// <param name="Area">Its projected area in square units of the world frame.</param>
/// <param name="Bounds">Its projected bounding box.</param>
/// <param name="Path">SVG path data; empty when every part is too small to draw at the world's scale.</param>
/// <param name="WorldPath">The same generalized for the whole world, where finer detail is not seen; empty likewise.</param>
internal sealed record MapShape(string? Participant, double X, double Y, double Area, MapBox Bounds, string Path, string WorldPath)
{
    /// <summary>The path to draw in a frame magnified this much from the whole world.</summary>
    public string PathAt(double zoom) => zoom < WorldMap.DetailFromZoom ? WorldPath : Path;
}

/// <summary>The world map's geometry, loaded once from the database (data/geo/world-shapes.csv).</summary>
internal sealed class WorldMap
{
    public WorldMap(IEnumerable<MapShapeDbRow> rows)
    {
        var shapes = new List<MapShape>();
        foreach (var row in rows)
        {
            // The bounds were checked when the database was built.
            if (!MapShapes.TryParseBounds(row.Bounds, out var b))
            {
                throw new InvalidOperationException($"The database holds map bounds that do not parse: '{row.Bounds}'.");
            }

            var box = new MapBox(b.X0, b.Y0, b.X1, b.Y1);
            if (row.Kind == MapShapeRow.Sphere)
            {
                Sphere = row.WorldPath ?? string.Empty;
                Frame = box;
                continue;
            }

            shapes.Add(new MapShape(row.Participant, row.X ?? 0, row.Y ?? 0, row.Area, box, row.Path ?? string.Empty, row.WorldPath ?? string.Empty));
        }

        Shapes = shapes;
        ByParticipant = shapes.Where(s => s.Participant is not null).ToDictionary(s => s.Participant!, StringComparer.Ordinal);
    }

    /// <summary>
    /// From this magnification of the whole world on, a map draws the finer paths: a region's frame, even Europe's
    /// or Asia's, is well above it.
    /// </summary>
    public const double DetailFromZoom = 1.25;

    /// <summary>The globe's outline (the ocean).</summary>
    public string Sphere { get; } = string.Empty;

    /// <summary>The world map's frame: the outline's bounds.</summary>
    public MapBox Frame { get; }

    /// <summary>Every feature but the sphere, in the file's order.</summary>
    public IReadOnlyList<MapShape> Shapes { get; }

    /// <summary>The participants' features by participant id.</summary>
    public IReadOnlyDictionary<string, MapShape> ByParticipant { get; }
}
