using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using RatificationApi.Infrastructure;
using RatificationApi.Data;

namespace RatificationApi.Downloads;

/// <summary>
/// The dataset as one zip: the data files exactly as the service loaded them (byte for byte, under <c>data/</c>) and a
/// Frictionless Data Package descriptor, <c>datapackage.json</c>, with a Table Schema per file. Made from the data alone,
/// with fixed timestamps and a fixed order, so that every replica serving the same data makes the same bytes and the
/// same strong ETag.
/// </summary>
internal sealed partial class DatasetArchive
{
    public const string MediaType = "application/zip";

    /// <summary>The licence the repository states for the data (the OpenAPI document's <c>info.license</c>).</summary>
    public const string LicenceName = "CC-BY-4.0";

    public const string LicenceUrl = "https://creativecommons.org/licenses/by/4.0/";

    private DatasetArchive(byte[] bytes, string dataVersion)
    {
        Bytes = bytes;
        DataVersion = dataVersion;
        Sha256 = Data.Sha256.Hex(bytes);
        ETag = $"\"{dataVersion[..16]}-{Sha256[..16]}\"";
        FileName = $"ratification-data-{dataVersion[..16]}.zip";
    }

    public byte[] Bytes { get; }

    public string DataVersion { get; }

    public string Sha256 { get; }

    /// <summary>A strong ETag, as the database's: the data version says which data, the digest which bytes.</summary>
    public string ETag { get; }

    /// <summary>The name a client saves it under: the data version in it tells two downloads apart.</summary>
    public string FileName { get; }

    /// <summary>
    /// Reads the data files from <paramref name="directory"/> and builds the archive, or null when they are no longer the
    /// data of <paramref name="dataVersion"/> (changed on disk since start-up): the archive holds only what was loaded.
    /// </summary>
    public static DatasetArchive? Build(string directory, string dataVersion)
    {
        var files = DataSetLoader.Files.Select(file => (File: file, Bytes: File.ReadAllBytes(Path.Combine(directory, file)))).ToList();
        if (DataSetLoader.Version(files) != dataVersion)
        {
            return null;
        }

        var descriptor = Descriptor(files, dataVersion, out var created);
        // DOS time has two-second steps and no zone: midnight of the data's last change is exact in it.
        var stamp = new DateTimeOffset(created.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, "datapackage.json", descriptor, stamp);
            foreach (var (file, bytes) in files)
            {
                Add(zip, $"data/{file}", bytes, stamp);
            }
        }

        return new DatasetArchive(buffer.ToArray(), dataVersion);
    }

    private static void Add(ZipArchive zip, string name, byte[] bytes, DateTimeOffset stamp)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        entry.LastWriteTime = stamp;
        using var stream = entry.Open();
        stream.Write(bytes);
    }

    /// <summary>The Data Package descriptor of <paramref name="files"/>, and the day the data last changed (its <c>created</c>).</summary>
    internal static byte[] Descriptor(IReadOnlyList<(string File, byte[] Bytes)> files, string dataVersion, out DateOnly created)
    {
        var tables = files.Select(f => (f.File, f.Bytes, Rows: Read(f.Bytes))).ToList();
        created = tables
            .SelectMany(t => Column(t.Rows, ActionRowMap.Recorded))
            .Select(Dates.Day)
            .Max() ?? DateOnly.FromDayNumber(0);
        var models = TableSchemas.RowModels.ToDictionary(m => m.FileName, StringComparer.Ordinal);

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", "ratification-data");
            json.WriteString("title", "Ratifications of the UN instruments against trafficking in persons and slavery");
            json.WriteString("description", "Every treaty action (signature, ratification, accession, succession, denunciation ...) of the five UN instruments against trafficking in persons and slavery that General Assembly resolution 63/194 urges States to join, with the instruments, their titles in six languages, the possible participants, reservations, declarations and objections, and the resolution itself; every row names its source. An empty cell means unknown, never no or zero. The files are data/ of the RatificationApi repository, byte for byte as the service loaded them; data/README.md there defines each column.");
            json.WriteString("version", dataVersion);
            json.WriteString("created", $"{Dates.Iso(created)}T00:00:00Z");
            json.WriteStartArray("licenses");
            json.WriteStartObject();
            json.WriteString("name", LicenceName);
            json.WriteString("path", LicenceUrl);
            json.WriteString("title", "Creative Commons Attribution 4.0 International");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartArray("contributors");
            json.WriteStartObject();
            json.WriteString("title", "RatificationApi maintainers");
            json.WriteString("role", "author");
            json.WriteEndObject();
            json.WriteEndArray();
            WriteSources(json, tables.Select(t => t.Rows));
            json.WriteStartArray("resources");
            foreach (var (file, bytes, rows) in tables)
            {
                WriteResource(json, file, bytes, rows[0], models.TryGetValue(file, out var model) ? model : null);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteResource(Utf8JsonWriter json, string file, byte[] bytes, string[] header, RowModel? model)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", TableSchemas.ResourceName(file));
        json.WriteString("path", $"data/{file}");
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", bytes.Length);
        json.WriteString("hash", $"sha256:{Data.Sha256.Hex(bytes)}");
        if (model is not null)
        {
            json.WriteString("description", $"Read by the service with the row model {model.Type.Name}.");
        }

        // The dialect data/README.md prescribes: RFC 4180 with '\n' line ends and a header row.
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteString("lineTerminator", "\n");
        json.WriteBoolean("header", true);
        json.WriteEndObject();

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var column in header)
        {
            var type = TableSchemas.TypeOf(file, column);
            json.WriteStartObject();
            json.WriteString("name", column);
            json.WriteString("type", type.Type);
            json.WriteString("format", type.Format ?? "default");
            if (type.Required || type.Pattern is not null || type.Values is not null)
            {
                json.WriteStartObject("constraints");
                if (type.Required)
                {
                    json.WriteBoolean("required", true);
                }

                if (type.Pattern is not null)
                {
                    json.WriteString("pattern", type.Pattern);
                }

                if (type.Values is not null)
                {
                    json.WriteStartArray("enum");
                    foreach (var value in type.Values)
                    {
                        json.WriteStringValue(value);
                    }

                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        // data/README.md: an empty cell means unknown.
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        if (TableSchemas.PrimaryKeyOf(file) is { Count: > 0 } primaryKey)
        {
            json.WriteStartArray("primaryKey");
            foreach (var column in primaryKey)
            {
                json.WriteStringValue(column);
            }

            json.WriteEndArray();
        }

        if (TableSchemas.ForeignKeysOf(file) is { Count: > 0 } foreignKeys)
        {
            json.WriteStartArray("foreignKeys");
            foreach (var key in foreignKeys)
            {
                json.WriteStartObject();
                WriteNames(json, "fields", key.Fields);
                json.WriteStartObject("reference");
                json.WriteString("resource", key.Resource);
                WriteNames(json, "fields", key.ReferenceFields);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter json, string property, string[] names)
    {
        json.WriteStartArray(property);
        foreach (var name in names)
        {
            json.WriteStringValue(name);
        }

        json.WriteEndArray();
    }

    /// <summary>
    /// The repositories, packages and pages the data cites, read from every column whose name says it holds sources: a
    /// repository as the data writes it (owner/name; the data does not say which host), a package with its version, a
    /// page by its URL.
    /// </summary>
    private static void WriteSources(Utf8JsonWriter json, IEnumerable<List<string[]>> tables)
    {
        var repositories = new SortedSet<string>(StringComparer.Ordinal);
        var packages = new SortedSet<string>(StringComparer.Ordinal);
        var pages = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rows in tables)
        {
            var header = rows[0];
            var columns = Enumerable.Range(0, header.Length).Where(i => header[i].Contains("source", StringComparison.Ordinal)).ToList();
            foreach (var row in rows.Skip(1))
            {
                foreach (var cell in columns.Where(i => i < row.Length).Select(i => row[i]))
                {
                    repositories.UnionWith(RepositoryPattern().Matches(cell).Select(m => m.Groups[1].Value));
                    packages.UnionWith(PackagePattern().Matches(cell).Select(m => m.Groups[1].Value));
                    pages.UnionWith(UrlPattern().Matches(cell).Select(m => m.Value.TrimEnd('.', ',', '\'')));
                }
            }
        }

        json.WriteStartArray("sources");
        foreach (var repository in repositories)
        {
            json.WriteStartObject();
            json.WriteString("title", $"{repository} (a public repository, cited as {repository}@commit:path)");
            json.WriteEndObject();
        }

        foreach (var package in packages)
        {
            json.WriteStartObject();
            json.WriteString("title", $"{package} (a package, cited as {package}:path)");
            json.WriteEndObject();
        }

        foreach (var page in pages)
        {
            json.WriteStartObject();
            json.WriteString("title", page);
            json.WriteString("path", page);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static List<string[]> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), DataCsv.Encoding);
        using var csv = new CsvParser(reader, DataCsv.Configuration);
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record ?? []);
        }

        return rows;
    }

    private static IEnumerable<string> Column(List<string[]> rows, string name)
    {
        var index = Array.IndexOf(rows[0], name);
        return index < 0 ? [] : rows.Skip(1).Where(r => index < r.Length).Select(r => r[index]);
    }

    [GeneratedRegex(@"(?<![\w./-])([A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+)@[0-9a-f]{7,40}:", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryPattern();

    // A package at a released version (name@1.2.3:path), as the data cites one.
    [GeneratedRegex(@"(?<![\w./@-])(@?[a-z0-9][\w.-]*(?:/[\w.-]+)?@[0-9]+\.[0-9]+\.[0-9]+[\w.-]*):", RegexOptions.CultureInvariant)]
    private static partial Regex PackagePattern();

    [GeneratedRegex(@"https?://[^\s;)\]""]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();
}
