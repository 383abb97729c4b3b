using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>
/// Reads one data file as a table of text cells. CsvHelper does the RFC 4180 parsing (quotes, embedded
/// commas and line breaks); this class adds what a reviewer needs from an error: the file, the line,
/// and what was expected.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    private CsvTable(string file, string[] header, List<(int Line, string[] Cells)> rows)
    {
        File = file;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    public string Cell(string[] cells, string column) => cells[_columns[column]];

    /// <summary>Reads <paramref name="file"/> from <paramref name="directory"/>; problems go into <paramref name="errors"/>.</summary>
    public static CsvTable? Read(string directory, string file, IReadOnlyCollection<string> requiredColumns, List<DataError> errors)
    {
        var path = Path.Combine(directory, file);
        if (!System.IO.File.Exists(path))
        {
            errors.Add(new DataError(file, 0, "missing-file", $"The file is missing from {directory}."));
            return null;
        }

        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.None,
            BadDataFound = null,
            MissingFieldFound = null,
        };

        try
        {
            using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            using var csv = new CsvReader(reader, config);
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
            {
                errors.Add(new DataError(file, 1, "missing-header", "The file is empty; it needs a header row."));
                return null;
            }

            var missing = requiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
            if (missing.Count > 0)
            {
                errors.Add(new DataError(file, 1, "missing-column", $"The header lacks the column(s) {string.Join(", ", missing)}."));
                return null;
            }

            var rows = new List<(int, string[])>();
            var lastLine = csv.Parser.RawRow;
            while (csv.Read())
            {
                var line = lastLine + 1;
                lastLine = csv.Parser.RawRow;
                var cells = csv.Parser.Record ?? [];
                if (cells.Length != header.Length)
                {
                    errors.Add(new DataError(file, line, "column-count", $"The row has {cells.Length} cells; the header has {header.Length}."));
                    continue;
                }

                rows.Add((line, cells));
            }

            return new CsvTable(file, header, rows);
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new DataError(file, 0, "encoding", "The file is not valid UTF-8."));
        }
        catch (CsvHelperException ex)
        {
            var line = ex.Context?.Parser?.RawRow ?? 0;
            errors.Add(new DataError(file, (int)line, "malformed-csv", "The file is not well-formed CSV (RFC 4180): check the quotes near this line."));
        }
        catch (IOException ex)
        {
            errors.Add(new DataError(file, 0, "unreadable", $"The file cannot be read: {ex.Message}"));
        }

        return null;
    }
}
