namespace RatificationApi.Importer;

/// <summary>
/// Builds the participants table from the markup of its cells, the same way for both formats: the first
/// header cell is "Participant" (its footnotes concern everyone), each other header cell is a legend, and
/// each body row is a name followed by one date cell per column.
/// </summary>
internal static class ParticipantsTable
{
    public sealed record Result(
        IReadOnlyList<ParticipantColumn> Columns,
        IReadOnlyList<ParticipantEntry> Rows,
        IReadOnlyList<string> ParticipantFootnotes,
        IReadOnlyList<string> Problems);

    /// <remarks>
    /// <para><c>header</c>: The header cells' markup, the name column first.</para>
    /// <para><c>body</c>: Each body row's cells' markup, the name first.</para>
    /// </remarks>
    public static Result Build(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> body)
    {
        if (header.Count < 2)
        {
            throw new MtdsgFormatException($"The participants table has {header.Count} column(s); it needs a name column and at least one date column.");
        }

        var columns = header.Skip(1).Select((markup, i) => ColumnLegend.Read(i, MtdsgText.WithoutFootnotes(markup))).ToList();
        var problems = new List<string>();
        var rows = new List<ParticipantEntry>();
        foreach (var cells in body)
        {
            if (cells.Count == 0 || cells.All(c => MtdsgText.ToPlainText(c).Length == 0))
            {
                continue;
            }

            var name = MtdsgText.WithoutFootnotes(cells[0]);
            if (cells.Count != header.Count)
            {
                problems.Add($"{name}: the row has {cells.Count} cells, the header {header.Count}.");
            }

            var dates = new List<DateCell?>();
            foreach (var column in columns)
            {
                var text = column.Index + 1 < cells.Count ? MtdsgText.ToPlainText(cells[column.Index + 1]) : string.Empty;
                dates.Add(DateCellParser.Parse(text, column, out var error));
                if (error is not null)
                {
                    problems.Add($"{name}, column '{column.Header}': {error}.");
                }
            }

            rows.Add(new ParticipantEntry(name, MtdsgText.Footnotes(cells[0]), dates));
        }

        return new Result(columns, rows, MtdsgText.Footnotes(header[0]), problems);
    }
}
