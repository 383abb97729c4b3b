using System.Globalization;
using System.Text;

namespace RatificationApi.Database;

/// <summary>A column of a table: its name and its SQL declaration (type first, then constraints).</summary>
/// <param name="Name">Its name: a class map's constant for a column the CSV file has, else one of <see cref="Schema"/>'s.</param>
/// <param name="Declaration">Its type and constraints, as <c>CREATE TABLE</c> gives them.</param>
internal sealed record Column(string Name, string Declaration)
{
    /// <summary>
    /// What an <c>INSERT</c> gives the column, when not the row's property: by default the property named like the
    /// column (<c>adoption_place</c>: <c>@AdoptionPlace</c>, the pairing the class maps make), an empty cell as NULL
    /// where the column may be NULL, converted to the column's type where that is not text.
    /// </summary>
    public string Value { get; init; } = Parameter(Name, Declaration);

    /// <summary>The property a row read from the column goes into (<c>adoption_place</c>: <c>AdoptionPlace</c>).</summary>
    public string Property => Pascal(Name);

    /// <summary>Whether SQLite numbers it (an <c>INTEGER PRIMARY KEY</c>, the row id), so that an INSERT leaves it out.</summary>
    public bool IsRowId => Declaration == "INTEGER PRIMARY KEY";

    private static string Parameter(string name, string declaration)
    {
        var type = declaration.Split(' ')[0];
        var nullable = !declaration.Contains("NOT NULL", StringComparison.Ordinal) && !declaration.Contains("PRIMARY KEY", StringComparison.Ordinal);
        var value = nullable ? $"nullif(@{Pascal(name)}, '')" : $"@{Pascal(name)}";
        return type == "TEXT" ? value : $"CAST({value} AS {type})";
    }

    private static string Pascal(string name) =>
        string.Concat(name.Split('_').Select(part => char.ToUpperInvariant(part[0]) + part[1..]));
}

/// <summary>
/// A table of the database: its columns, the statements that create it, the <c>INSERT</c> the build fills it with, and
/// the column lists the catalog reads it with, all from one list of columns, so that each name is spelled once.
/// </summary>
/// <param name="Name">The table's name.</param>
/// <param name="Columns">Its columns, in their order.</param>
internal sealed record Table(string Name, IReadOnlyList<Column> Columns)
{
    /// <summary>Table constraints, after the columns (<c>PRIMARY KEY (item, lang)</c>).</summary>
    public IReadOnlyList<string> Constraints { get; init; } = [];

    public bool WithoutRowId { get; init; }

    /// <summary>Its indexes: each a name and the columns it covers.</summary>
    public IReadOnlyList<(string Name, string[] Columns)> Indexes { get; init; } = [];

    /// <summary><c>CREATE TABLE</c> and <c>CREATE INDEX</c>, laid out as docs/sqlite.md and <c>sqlite3 .schema</c> show them.</summary>
    public string Create()
    {
        var width = Columns.Max(c => c.Name.Length);
        var lines = Columns.Select(c => $"    {c.Name.PadRight(width)} {c.Declaration}").Concat(Constraints.Select(c => $"    {c}"));
        var sql = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"CREATE TABLE {Name} (\n")
            .AppendJoin(",\n", lines)
            .Append(WithoutRowId ? "\n) WITHOUT ROWID;" : "\n);");
        foreach (var (index, columns) in Indexes)
        {
            sql.Append(CultureInfo.InvariantCulture, $"\nCREATE INDEX {index} ON {Name} ({string.Join(", ", columns)});");
        }

        return sql.ToString();
    }

    /// <summary>An <c>INSERT</c> of one row, every column but the row id taking its <see cref="Column.Value"/>.</summary>
    public string Insert()
    {
        var columns = Columns.Where(c => !c.IsRowId).ToList();
        return $"INSERT INTO {Name} ({string.Join(", ", columns.Select(c => c.Name))}) VALUES ({string.Join(", ", columns.Select(c => c.Value))})";
    }

    /// <summary>
    /// The columns <typeparamref name="TRow"/> has a property for, named after <paramref name="alias"/> and read into that
    /// property (<c>i.adoption_place AS AdoptionPlace</c>), in the table's order, which is also the order of a positional
    /// record's parameters.
    /// </summary>
    public string Select<TRow>(string alias)
    {
        var properties = typeof(TRow).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var read = Columns.Where(c => properties.Contains(c.Property)).Select(c => $"{alias}.{c.Name} AS {c.Property}").ToList();
        return read.Count > 0 ? string.Join(", ", read) : throw new InvalidOperationException($"{typeof(TRow).Name} has no property for a column of {Name}.");
    }
}
