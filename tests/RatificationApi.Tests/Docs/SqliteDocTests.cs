using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Docs;

/// <summary>docs/sqlite.md describes the schema the service creates (Database/Schema.cs), table by table and column by column.</summary>
public partial class SqliteDocTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot(), "docs", "sqlite.md"));

    [Fact]
    public void Tables_EveryTableOfTheSchemaAndNoOther()
    {
        using var schema = Schema();

        Assert.Equal(Tables(schema).Order(StringComparer.Ordinal), Documented().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Columns_NamesTypesNotNullAndKeysAsTheSchemaDeclaresThem()
    {
        using var schema = Schema();
        var documented = Documented();

        foreach (var table in Tables(schema))
        {
            var expected = Columns(schema, table);
            Assert.True(
                expected.SequenceEqual(documented[table]),
                $"docs/sqlite.md, table `{table}`: expected the rows (column, type, not null, key)\n{string.Join("\n", expected)}\nbut it says\n{string.Join("\n", documented[table])}");
        }
    }

    [Fact]
    public async Task Examples_RunOnTheDatabaseTheServiceBuilt()
    {
        using var client = factory.CreateClient();
        await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var database = Assert.Single(Directory.GetFiles(factory.DatabaseDirectory, "*.db"));
        var examples = SqlBlock().Matches(Doc).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(examples);

        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        foreach (var sql in examples)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync(), $"This example of docs/sqlite.md gives no row:\n{sql}");
        }
    }

    private static SqliteConnection Schema()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = RatificationApi.Database.Schema.Create;
        command.ExecuteNonQuery();
        return connection;
    }

    private static List<string> Tables(SqliteConnection connection) =>
        Query(connection, "SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name", r => r.GetString(0));

    /// <summary>Each column as the doc writes it: name | type | ✓ when NOT NULL | PK, UNIQUE, → table.column.</summary>
    private static List<string> Columns(SqliteConnection connection, string table)
    {
        var foreign = Query(connection, $"SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list('{table}')", r => (From: r.GetString(0), Target: $"{r.GetString(1)}.{r.GetString(2)}"));
        var unique = Query(
            connection,
            $"SELECT i.name FROM pragma_index_list('{table}') AS l JOIN pragma_index_info(l.name) AS i WHERE l.origin = 'u' AND (SELECT count(*) FROM pragma_index_info(l.name)) = 1",
            r => r.GetString(0));
        return Query(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}') ORDER BY cid", r =>
        {
            var name = r.GetString(0);
            var keys = new List<string>();
            if (r.GetInt64(3) > 0)
            {
                keys.Add("PK");
            }

            if (unique.Contains(name))
            {
                keys.Add("UNIQUE");
            }

            keys.AddRange(foreign.Where(f => f.From == name).Select(f => $"→ {f.Target}"));
            return $"{name} | {r.GetString(1)} | {(r.GetInt64(2) == 1 ? "✓" : string.Empty)} | {string.Join(", ", keys)}";
        });
    }

    /// <summary>The doc's tables: under each "### `table`" heading, the first four cells of each row of its table.</summary>
    private static Dictionary<string, List<string>> Documented()
    {
        var tables = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var line in Doc.Split('\n'))
        {
            if (TableHeading().Match(line) is { Success: true } heading)
            {
                current = tables[heading.Groups[1].Value] = [];
            }
            else if (current is not null && ColumnRow().Match(line) is { Success: true } row)
            {
                current.Add($"{row.Groups[1].Value} | {row.Groups[2].Value} | {row.Groups[3].Value.Trim()} | {row.Groups[4].Value.Trim()}");
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                current = null;
            }
        }

        return tables;
    }

    private static List<T> Query<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> read)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    [GeneratedRegex(@"^### `([a-z_]+)`\s*$")]
    private static partial Regex TableHeading();

    [GeneratedRegex(@"^\| `([a-z0-9_]+)` \| ([A-Z]+) \|([^|]*)\|([^|]*)\|")]
    private static partial Regex ColumnRow();

    [GeneratedRegex(@"```sql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex SqlBlock();
}
