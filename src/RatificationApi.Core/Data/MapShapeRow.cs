using System.Globalization;
using CsvHelper.Configuration;
using FluentValidation;

namespace RatificationApi.Data;

/// <summary>
/// One row of <c>geo/world-shapes.csv</c>: a feature of the world map, projected and simplified by
/// <c>src/map-geometry/build-shapes.mjs</c> (data/geo/README.md says how and from what).
/// </summary>
public sealed record MapShapeRow : DataRow, ICsvRow<MapShapeRow>
{
    public const string Sphere = "sphere";
    public const string ParticipantKind = "participant";
    public const string Territory = "territory";

    public static string FileName => "geo/world-shapes.csv";

    public required string Kind { get; init; }
    public required string M49 { get; init; }
    public required string Participant { get; init; }
    public required string Name { get; init; }
    public required string Lon { get; init; }
    public required string Lat { get; init; }
    public required string X { get; init; }
    public required string Y { get; init; }
    public required string Area { get; init; }
    public required string Bounds { get; init; }
    public required string Path { get; init; }

    /// <summary>The path generalized for the whole world's scale (data/geo/README.md).</summary>
    public required string WorldPath { get; init; }
    public required string Source { get; init; }

    public static ClassMap<MapShapeRow> CreateMap() => new MapShapeRowMap();
}

/// <summary>The columns of <c>geo/world-shapes.csv</c>, in their order in the file.</summary>
public sealed class MapShapeRowMap : ClassMap<MapShapeRow>
{
    public const string Kind = "kind";
    public const string M49 = "m49";
    public const string Participant = "participant";
    public const string Name = "name";
    public const string Lon = "lon";
    public const string Lat = "lat";
    public const string X = "x";
    public const string Y = "y";
    public const string Area = "area";
    public const string Bounds = "bounds";
    public const string Path = "path";
    public const string WorldPath = "world_path";
    public const string Source = "source";

    public MapShapeRowMap()
    {
        Map(r => r.Kind).Name(Kind);
        Map(r => r.M49).Name(M49);
        Map(r => r.Participant).Name(Participant);
        Map(r => r.Name).Name(Name);
        Map(r => r.Lon).Name(Lon);
        Map(r => r.Lat).Name(Lat);
        Map(r => r.X).Name(X);
        Map(r => r.Y).Name(Y);
        Map(r => r.Area).Name(Area);
        Map(r => r.Bounds).Name(Bounds);
        Map(r => r.Path).Name(Path);
        Map(r => r.WorldPath).Name(WorldPath);
        Map(r => r.Source).Name(Source);
    }
}

/// <summary>
/// Reads and checks the map's geometry against the participants. Only the service draws maps, so only it loads this
/// file (the offline tools never touch it); a bad file stops the service like any bad data file.
/// </summary>
public static partial class MapShapes
{
    public static IReadOnlyList<MapShapeRow> Load(string directory, IReadOnlyList<ParticipantRow> participants)
    {
        var errors = new List<DataError>();
        var rows = DataCsv.Read<MapShapeRow>(directory, errors);
        if (rows is null)
        {
            throw new DataValidationException(errors);
        }

        var validator = new MapShapeRowValidator(participants.ToDictionary(p => p.Id, p => p.M49, StringComparer.Ordinal));
        foreach (var row in rows)
        {
            errors.AddRange(validator.Validate(row).Errors.Select(f => new DataError(row.File, row.Line, f.ErrorCode, f.ErrorMessage)));
        }

        if (rows.Count(r => r.Kind == MapShapeRow.Sphere) != 1)
        {
            errors.Add(new DataError(MapShapeRow.FileName, 0, "invalid-geometry", "There must be exactly one row of kind 'sphere' (the globe's outline, whose bounds frame the map)."));
        }

        foreach (var twice in rows.Where(r => r.Participant.Length > 0).GroupBy(r => r.Participant, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new DataError(MapShapeRow.FileName, twice.Last().Line, "duplicate-row", $"The participant '{twice.Key}' has more than one shape."));
        }

        return errors.Count > 0 ? throw new DataValidationException(errors) : rows;
    }

    /// <summary>Parses the four numbers of a <c>bounds</c> cell: x0 y0 x1 y1.</summary>
    public static bool TryParseBounds(string text, out (double X0, double Y0, double X1, double Y1) bounds)
    {
        var parts = (text ?? string.Empty).Split(' ');
        var values = new double[4];
        bounds = default;
        if (parts.Length != 4)
        {
            return false;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]))
            {
                return false;
            }
        }

        bounds = (values[0], values[1], values[2], values[3]);
        return values[0] <= values[2] && values[1] <= values[3];
    }

    internal static bool IsNumber(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value);

    // SVG path data as the script writes it: moves, lines and closes with plain numbers, nothing that could end the
    // attribute it is written into.
    [System.Text.RegularExpressions.GeneratedRegex("^[MmLlZz0-9 .\\-]*$")]
    internal static partial System.Text.RegularExpressions.Regex PathData();
}

internal sealed class MapShapeRowValidator : AbstractValidator<MapShapeRow>
{
    public MapShapeRowValidator(IReadOnlyDictionary<string, string> m49OfParticipant)
    {
        RuleFor(r => r.Kind).Must(k => k is MapShapeRow.Sphere or MapShapeRow.ParticipantKind or MapShapeRow.Territory).WithErrorCode("invalid-kind")
            .WithMessage(r => $"{MapShapeRowMap.Kind} '{r.Kind}' must be 'sphere', 'participant' or 'territory'.");
        RuleFor(r => r.Participant).Must((r, p) => m49OfParticipant.TryGetValue(p, out var m49) && m49 == r.M49)
            .When(r => r.Kind == MapShapeRow.ParticipantKind).WithErrorCode("unknown-participant")
            .WithMessage(r => $"{MapShapeRowMap.Participant} '{r.Participant}' must be a participant of participants.csv whose m49 is '{r.M49}'.");
        RuleFor(r => r.Participant).Empty().When(r => r.Kind != MapShapeRow.ParticipantKind).WithErrorCode("invalid-geometry")
            .WithMessage(r => $"A row of kind '{r.Kind}' names no participant.");
        RuleFor(r => r.M49).Must(m => !m49OfParticipant.Values.Contains(m)).When(r => r.Kind == MapShapeRow.Territory && r.M49.Length > 0)
            .WithErrorCode("invalid-geometry").WithMessage(r => $"m49 '{r.M49}' is a participant's code: its row must be of kind 'participant'.");
        RuleFor(r => r).Must(r => MapShapes.IsNumber(r.X) && MapShapes.IsNumber(r.Y) && MapShapes.IsNumber(r.Lon) && MapShapes.IsNumber(r.Lat))
            .When(r => r.Kind != MapShapeRow.Sphere).WithErrorCode("invalid-number").WithMessage("lon, lat, x and y must be numbers.");
        RuleFor(r => r.Area).Must(MapShapes.IsNumber).WithErrorCode("invalid-number").WithMessage(r => $"{MapShapeRowMap.Area} '{r.Area}' must be a number.");
        RuleFor(r => r.Bounds).Must(b => MapShapes.TryParseBounds(b, out _)).WithErrorCode("invalid-number")
            .WithMessage(r => $"{MapShapeRowMap.Bounds} '{r.Bounds}' must be four numbers 'x0 y0 x1 y1' with x0 <= x1 and y0 <= y1.");
        RuleFor(r => r.Path).Must(p => MapShapes.PathData().IsMatch(p)).WithErrorCode("invalid-geometry")
            .WithMessage("path must be SVG path data of moves, lines and closes (M, l, z) with plain numbers.");
        RuleFor(r => r.WorldPath).Must(p => MapShapes.PathData().IsMatch(p)).WithErrorCode("invalid-geometry")
            .WithMessage("world_path must be SVG path data of moves, lines and closes (M, l, z) with plain numbers.");
        RuleFor(r => r.Path).NotEmpty().When(r => r.Kind == MapShapeRow.Sphere).WithErrorCode("invalid-geometry").WithMessage("The sphere needs its outline.");
        RuleFor(r => r.WorldPath).NotEmpty().When(r => r.Kind == MapShapeRow.Sphere).WithErrorCode("invalid-geometry").WithMessage("The sphere needs its outline (world_path).");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}
