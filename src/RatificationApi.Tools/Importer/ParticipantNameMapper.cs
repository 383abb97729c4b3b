using System.Text;
using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>
/// Maps the depositary's participant names to ids of <c>data/participants.csv</c> through <c>name_en</c>,
/// <c>formal_name_en</c> and the <c>;</c>-separated <c>aliases</c>. Names are compared without case,
/// accents or typographic apostrophes, because the depositary's spelling varies with the file's encoding
/// and over time (Côte d'Ivoire, Türkiye/Turkey).
/// </summary>
internal sealed class ParticipantNameMapper
{
    // Base letters of U+00C0..U+017F (Latin-1 Supplement and Latin Extended-A). The build runs with
    // invariant globalization, where string.Normalize does not decompose, so accents are folded by table.
    private const string FoldedLatin =
        "AAAAAAACEEEEIIIIDNOOOOO×OUUUUYTsaaaaaaaceeeeiiiidnooooo÷ouuuuyty" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIiJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

    private readonly Dictionary<string, string> _ids;

    public ParticipantNameMapper(IEnumerable<(string Id, IEnumerable<string> Names)> participants)
    {
        ArgumentNullException.ThrowIfNull(participants);
        _ids = new Dictionary<string, string>(StringComparer.Ordinal);
        Conflicts = [];
        foreach (var (id, names) in participants)
        {
            foreach (var key in names.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (_ids.TryGetValue(key, out var other) && other != id)
                {
                    Conflicts.Add($"'{key}' names both {other} and {id}");
                }
                else
                {
                    _ids[key] = id;
                }
            }
        }
    }

    /// <summary>Names that two participants share; such a name maps to the first one only.</summary>
    public List<string> Conflicts { get; }

    /// <summary>Reads the names of every participant from <c>participants.csv</c>.</summary>
    public static ParticipantNameMapper FromFile(string path)
    {
        var file = RawCsvFile.Read(path);
        var (id, name, formal, aliases) = (file.Column(ParticipantRowMap.Id), file.Column(ParticipantRowMap.NameEn), file.Column(ParticipantRowMap.FormalNameEn),
            file.Column(ParticipantRowMap.Aliases));
        return new ParticipantNameMapper(file.Records.Select(r =>
            (r.Cells[id], (IEnumerable<string>)[r.Cells[name], r.Cells[formal], .. r.Cells[aliases].Split(';')])));
    }

    /// <summary>The participant id for a name (footnotes already stripped), or null.</summary>
    public string? Map(string name) => _ids.GetValueOrDefault(Key(name));

    /// <summary>The comparison key: accents folded, typographic quotes made plain, case and spacing ignored.</summary>
    public static string Key(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var folded = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            folded.Append(c switch
            {
                >= '\u00C0' and <= '\u017F' => FoldedLatin[c - '\u00C0'],
                '\u2018' or '\u2019' or '\u02BC' or '`' or '\u00B4' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }

        return MtdsgText.CollapseWhitespace(folded.ToString()).ToLowerInvariant();
    }
}
