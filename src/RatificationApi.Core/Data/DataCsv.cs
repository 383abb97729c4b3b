using System.Globalization;
using System.Reflection;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>
/// The data files' CSV dialect, as data/README.md prescribes it and people write it: UTF-8 without a BOM, RFC 4180 with
/// <c>,</c> and <c>"</c>, <c>\n</c> line ends, and a cell quoted only when it holds a comma, a quote or a line break.
/// Reading and writing share it, so that a row the importer writes looks like a row a person wrote.
/// </summary>
public static class DataCsv
{
    // CsvHelper makes its readers' parts, class maps, member maps, type converters and each record through
    // ObjectResolver.Current, whose default compiles an expression tree per type: 26 delegates made and compiled by the
    // JIT at every start-up, for objects made a few times each. The platform's activator makes them without generating
    // code. Set before any reader or map of this class is made (a static constructor runs before any of its members).
    static DataCsv() => ObjectResolver.Current = new ObjectResolver(_ => true, Create, useFallback: false);

    private static object Create(Type type, object[] args) =>
        (args.Length == 0
            ? Activator.CreateInstance(type, nonPublic: true)
            : Activator.CreateInstance(type, BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic, binder: null, args, CultureInfo.InvariantCulture))
        ?? throw new InvalidOperationException($"CsvHelper asked for {type}, which cannot be made.");

    /// <summary>Strict UTF-8: a file that is not valid UTF-8 is an error, not a file of replacement characters.</summary>
    public static UTF8Encoding Encoding { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static CsvConfiguration Configuration { get; } = new(CultureInfo.InvariantCulture)
    {
        TrimOptions = TrimOptions.None,
        BadDataFound = null,
        MissingFieldFound = null,
        HeaderValidated = null,
        NewLine = "\n",

        // CsvHelper's default would also quote a cell that starts or ends with a space, which the files leave bare.
        ShouldQuote = args => args.Field.AsSpan().IndexOfAny(",\"\r\n") >= 0,
    };

    /// <summary>The columns of <typeparamref name="T"/>'s file, in their order in the file.</summary>
    public static IReadOnlyList<string> Columns<T>()
        where T : DataRow, ICsvRow<T> => [.. T.CreateMap().MemberMaps.OrderBy(m => m.Data.Index).Select(m => m.Data.Names[0])];

    /// <summary>Whether <paramref name="header"/> holds exactly the columns of <typeparamref name="T"/>, in any order.</summary>
    public static bool Fits<T>(IReadOnlyList<string> header)
        where T : DataRow, ICsvRow<T>
    {
        ArgumentNullException.ThrowIfNull(header);
        var columns = Columns<T>();
        return header.Count == columns.Count && columns.All(c => header.Contains(c, StringComparer.Ordinal));
    }

    /// <summary>One record of the given cells, with its line end.</summary>
    public static string FormatCells(IEnumerable<string> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(text, Configuration))
        {
            foreach (var cell in cells)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }

        return text.ToString();
    }

    /// <summary>
    /// Each row as one record with its line end, its cells in the order of <paramref name="header"/>: a file's column
    /// order is its own business, as long as it has every column of <typeparamref name="T"/>.
    /// </summary>
    public static IEnumerable<string> Format<T>(IEnumerable<T> rows, IReadOnlyList<string> header)
        where T : DataRow, ICsvRow<T>
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(header);
        var map = T.CreateMap();
        foreach (var member in map.MemberMaps)
        {
            var name = member.Data.Names[0];
            member.Data.Index = header.ToList().IndexOf(name);
            if (member.Data.Index < 0)
            {
                throw new ArgumentException($"The header lacks the column '{name}' of {T.FileName}.", nameof(header));
            }
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using var csv = new CsvWriter(text, Configuration);
        csv.Context.RegisterClassMap(map);
        foreach (var row in rows)
        {
            csv.WriteRecord(row);
            csv.NextRecord();
            csv.Flush();
            yield return text.ToString();
            text.GetStringBuilder().Clear();
        }
    }

    /// <summary>One row as a record with its line end, its cells in the order of <paramref name="header"/>.</summary>
    public static string Format<T>(T row, IReadOnlyList<string> header)
        where T : DataRow, ICsvRow<T> => Format([row], header).Single();

    /// <summary>
    /// Reads <typeparamref name="T"/>'s file from <paramref name="directory"/> by column name; problems go into
    /// <paramref name="errors"/> with the file, the line, and what was expected. The file's bytes, read once, also go
    /// into <paramref name="bytesRead"/> when given, so that a digest of them is of the very bytes parsed.
    /// </summary>
    internal static List<T>? Read<T>(string directory, List<DataError> errors, IDictionary<string, byte[]>? bytesRead = null)
        where T : DataRow, ICsvRow<T>
    {
        var file = T.FileName;
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            errors.Add(new DataError(file, 0, "missing-file", $"The file is missing from {directory}."));
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            bytesRead?.Add(file, bytes);
            using var reader = new StreamReader(new MemoryStream(bytes, writable: false), Encoding);
            using var csv = new CsvReader(reader, Configuration);
            csv.Context.RegisterClassMap(T.CreateMap());
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                errors.Add(new DataError(file, 1, "missing-header", "The file is empty; it needs a header row."));
                return null;
            }

            var missing = Columns<T>().Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new DataError(file, 1, "missing-column", $"The header lacks the column(s) {string.Join(", ", missing)}."));
                return null;
            }

            var rows = new List<T>();
            var lastLine = csv.Parser.RawRow;
            while (csv.Read())
            {
                // A quoted cell may span lines, so a record starts on the line after the one the previous record ended on.
                var line = lastLine + 1;
                lastLine = csv.Parser.RawRow;
                if (csv.Parser.Count != header.Length)
                {
                    errors.Add(new DataError(file, line, "column-count", $"The row has {csv.Parser.Count} cells; the header has {header.Length}."));
                    continue;
                }

                rows.Add((T)csv.GetRecord<T>().At(file, line));
            }

            return rows;
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new DataError(file, 0, "encoding", "The file is not valid UTF-8."));
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            errors.Add(new DataError(file, line, "malformed-csv", "The file is not well-formed CSV (RFC 4180): check the quotes near this line."));
        }
        catch (IOException ex)
        {
            errors.Add(new DataError(file, 0, "unreadable", $"The file cannot be read: {ex.Message}"));
        }

        return null;
    }
}
