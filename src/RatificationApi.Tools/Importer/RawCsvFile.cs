using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace RatificationApi.Importer;

/// <summary>One record of a data file: its cells, and its exact text (line end included) as the file holds it.</summary>
internal sealed record RawCsvRecord(IReadOnlyList<string> Cells, string Raw);

/// <summary>
/// A data file read so that it can be written back with untouched records byte-identical: each record
/// keeps its raw text, and only records the importer changes are formatted anew (RFC 4180, quoting only
/// where a cell needs it, <c>\n</c> line ends, as data/README.md prescribes).
/// </summary>
internal sealed class RawCsvFile
{
    private RawCsvFile(string headerRaw, IReadOnlyList<string> header, List<RawCsvRecord> records)
    {
        HeaderRaw = headerRaw;
        Header = header;
        Records = records;
    }

    public string HeaderRaw { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<RawCsvRecord> Records { get; }

    public int Column(string name)
    {
        var index = Header.ToList().IndexOf(name);
        return index >= 0 ? index : throw new MtdsgFormatException($"The data file lacks the column '{name}'.");
    }

    public static RawCsvFile Read(string path)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { BadDataFound = null, MissingFieldFound = null, TrimOptions = TrimOptions.None };
        using var reader = new StreamReader(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        using var parser = new CsvParser(reader, config);
        if (!parser.Read() || parser.Record is not { Length: > 0 } header)
        {
            throw new MtdsgFormatException($"{path} is empty; it needs a header row.");
        }

        var headerRaw = parser.RawRecord;
        var records = new List<RawCsvRecord>();
        while (parser.Read())
        {
            records.Add(new RawCsvRecord(parser.Record ?? [], parser.RawRecord));
        }

        return new RawCsvFile(headerRaw, header, records);
    }

    /// <summary>A file that does not exist yet: its header and no records.</summary>
    public static RawCsvFile Empty(IReadOnlyList<string> header) => new(Format(header), header, []);

    public string ToText() => ToText(Records);

    /// <summary>The file's header followed by <paramref name="records"/>.</summary>
    public string ToText(IEnumerable<RawCsvRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var text = new StringBuilder(HeaderRaw);
        foreach (var record in records)
        {
            text.Append(record.Raw);
        }

        return text.ToString();
    }

    /// <summary>A record as one CSV line with its <c>\n</c>.</summary>
    public static string Format(IEnumerable<string> cells) => string.Join(",", cells.Select(Quote)) + "\n";

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
