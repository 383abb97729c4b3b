using CsvHelper;
using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>One record of a data file: its cells, and its exact text (line end included) as the file holds it.</summary>
internal sealed record RawCsvRecord(IReadOnlyList<string> Cells, string Raw);

/// <summary>
/// A data file read so that it can be written back with untouched records byte-identical: each record keeps its raw
/// text, and only records the importer changes are written anew, by <see cref="DataCsv"/>.
/// </summary>
internal sealed class RawCsvFile
{
    private readonly List<DataRow?> _rows;

    private RawCsvFile(string headerRaw, IReadOnlyList<string> header, List<RawCsvRecord> records, List<DataRow?> rows)
    {
        HeaderRaw = headerRaw;
        Header = header;
        Records = records;
        _rows = rows;
    }

    public string HeaderRaw { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<RawCsvRecord> Records { get; }

    public int Column(string name)
    {
        var index = Header.ToList().IndexOf(name);
        return index >= 0 ? index : throw new MtdsgFormatException($"The data file lacks the column '{name}'.");
    }

    /// <summary>The records as rows of <typeparamref name="T"/>, each with its raw text; records whose cells do not match the header are left out.</summary>
    public IEnumerable<(T Row, RawCsvRecord Record)> Rows<T>()
        where T : DataRow, ICsvRow<T> =>
        _rows.Zip(Records).Where(p => p.First is T).Select(p => ((T)p.First!, p.Second));

    /// <summary>Reads the file as cells only, for a file whose columns the importer does not all know.</summary>
    public static RawCsvFile Read(string path) => Read(path, null);

    /// <summary>Reads the file as cells, and as rows of <typeparamref name="T"/> by column name when its header <see cref="DataCsv.Fits{T}"/>.</summary>
    public static RawCsvFile Read<T>(string path)
        where T : DataRow, ICsvRow<T> =>
        Read(path, (csv, header) =>
        {
            if (!DataCsv.Fits<T>(header))
            {
                return null;
            }

            csv.Context.RegisterClassMap(T.CreateMap());
            return () => csv.GetRecord<T>();
        });

    /// <summary>A file that does not exist yet: its header and no records.</summary>
    public static RawCsvFile Empty<T>()
        where T : DataRow, ICsvRow<T> => new(DataCsv.FormatCells(DataCsv.Columns<T>()), DataCsv.Columns<T>(), [], []);

    /// <summary>A record as one CSV line with its <c>\n</c>, in the data files' dialect.</summary>
    public static string Format(IEnumerable<string> cells) => DataCsv.FormatCells(cells);

    public string ToText() => ToText(Records);

    /// <summary>The file's header followed by <paramref name="records"/>.</summary>
    public string ToText(IEnumerable<RawCsvRecord> records) => ToText(records.Select(r => r.Raw));

    /// <summary>The file's header followed by <paramref name="records"/>, each a record's text with its line end.</summary>
    public string ToText(IEnumerable<string> records) => string.Concat(records.Prepend(HeaderRaw));

    private static RawCsvFile Read(string path, Func<CsvReader, string[], Func<DataRow>?>? typed)
    {
        using var reader = new StreamReader(path, DataCsv.Encoding);
        using var csv = new CsvReader(reader, DataCsv.Configuration);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { Length: > 0 } header)
        {
            throw new MtdsgFormatException($"{path} is empty; it needs a header row.");
        }

        var headerRaw = csv.Parser.RawRecord;
        var row = typed?.Invoke(csv, header);
        var records = new List<RawCsvRecord>();
        var rows = new List<DataRow?>();
        while (csv.Read())
        {
            var cells = csv.Parser.Record ?? [];
            records.Add(new RawCsvRecord(cells, csv.Parser.RawRecord));
            rows.Add(row is not null && cells.Length == header.Length ? row() : null);
        }

        return new RawCsvFile(headerRaw, header, records, rows);
    }
}
