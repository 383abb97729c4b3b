namespace RatificationApi.Importer;

/// <summary>One row of <c>actions.csv</c>, by column name, so that the file's column order is its own business.</summary>
internal sealed record ActionRecord(
    string Instrument,
    string Participant,
    string Kind,
    string Date,
    string Reservations,
    string Basis,
    string Exception,
    string Recorded,
    string Source,
    string Notes)
{
    /// <summary>The columns the importer knows; a file with any other column is refused rather than half rewritten.</summary>
    public static readonly string[] Columns = ["instrument", "participant", "kind", "date", "reservations", "basis", "exception", "recorded", "source", "notes"];

    /// <summary>Instrument, participant, kind and date: the identity of an action (data/README.md forbids duplicates).</summary>
    public (string, string, string, string) Key => (Instrument, Participant, Kind, Date);

    /// <summary>Whether a header holds exactly the known columns, in any order.</summary>
    public static bool Fits(IReadOnlyList<string> header) =>
        header.Count == Columns.Length && Columns.All(c => header.Contains(c, StringComparer.Ordinal));

    public static ActionRecord FromCells(IReadOnlyList<string> header, IReadOnlyList<string> cells)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(cells);
        string Cell(string column) => cells[header.ToList().IndexOf(column)];
        return new(Cell("instrument"), Cell("participant"), Cell("kind"), Cell("date"), Cell("reservations"), Cell("basis"), Cell("exception"),
            Cell("recorded"), Cell("source"), Cell("notes"));
    }

    /// <summary>The cells in the order of <paramref name="header"/>.</summary>
    public string[] ToCells(IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(header);
        return [.. header.Select(column => column switch
        {
            "instrument" => Instrument,
            "participant" => Participant,
            "kind" => Kind,
            "date" => Date,
            "reservations" => Reservations,
            "basis" => Basis,
            "exception" => Exception,
            "recorded" => Recorded,
            "source" => Source,
            "notes" => Notes,
            _ => throw new ArgumentException($"actions.csv has the column '{column}', which the importer does not know.", nameof(header)),
        })];
    }

    /// <summary>The file's row order: instrument, participant, date, kind, as ordinal text.</summary>
    public static int Compare(ActionRecord a, ActionRecord b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var order = string.CompareOrdinal(a.Instrument, b.Instrument);
        order = order != 0 ? order : string.CompareOrdinal(a.Participant, b.Participant);
        order = order != 0 ? order : string.CompareOrdinal(a.Date, b.Date);
        return order != 0 ? order : string.CompareOrdinal(a.Kind, b.Kind);
    }

    public override string ToString() => $"{Instrument} {Participant} {Kind} {(Date.Length > 0 ? Date : "(undated)")}";
}
