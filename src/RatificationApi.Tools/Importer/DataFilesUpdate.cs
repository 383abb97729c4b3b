using RatificationApi.Data;

namespace RatificationApi.Importer;

/// <summary>
/// The new text of <c>actions.csv</c> and <c>instruments.csv</c> after an import. Rows of other instruments,
/// and rows of this instrument that do not change, keep their exact bytes and places; the instrument's
/// block is rebuilt in the file's row order where the block stood.
/// </summary>
internal sealed class DataFilesUpdate
{
    private DataFilesUpdate(string actions, string instruments, string? instrumentChange, string reservations)
    {
        ActionsText = actions;
        InstrumentsText = instruments;
        InstrumentChange = instrumentChange;
        ReservationsText = reservations;
    }

    public string ActionsText { get; }

    public string ReservationsText { get; }

    public string InstrumentsText { get; }

    /// <summary>The three files' new texts by file name, as <see cref="DataDirectoryWriter"/> takes them.</summary>
    public IReadOnlyDictionary<string, string> Files => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [DataSetLoader.ActionsFile] = ActionsText,
        [DataSetLoader.InstrumentsFile] = InstrumentsText,
        [DataSetLoader.ReservationsFile] = ReservationsText,
    };

    /// <summary>The diff line for the instrument's row; null when it does not change.</summary>
    public string? InstrumentChange { get; }

    public static DataFilesUpdate Build(
        RawCsvFile actions,
        RawCsvFile instruments,
        RawCsvFile reservations,
        string instrument,
        IReadOnlyList<ActionChange> changes,
        IReadOnlyList<StatementChange> statementChanges,
        string completeAsAt,
        string completeAsAtSource)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(instruments);
        ArgumentNullException.ThrowIfNull(reservations);
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(statementChanges);
        return new DataFilesUpdate(
            BuildActionsText(actions, instrument, changes),
            BuildInstrumentsText(instruments, instrument, completeAsAt, completeAsAtSource, out var change),
            change,
            BuildReservationsText(reservations, instrument, statementChanges));
    }

    // The file's order within a participant is the depositary's, so the block is sorted by participant only, stably.
    private static string BuildReservationsText(RawCsvFile reservations, string instrument, IReadOnlyList<StatementChange> changes)
    {
        var unchangedRaw = reservations.Records
            .Where(r => r.Cells.Count == reservations.Header.Count)
            .GroupBy(r => StatementRecord.FromCells(reservations.Header, r.Cells))
            .ToDictionary(g => g.Key, g => g.First().Raw);
        var block = changes
            .Where(c => c.After is not null)
            .Select(c => c.After!)
            .OrderBy(r => r.Participant, StringComparer.Ordinal)
            .Select(r => r.ToCells(reservations.Header) is var cells && unchangedRaw.TryGetValue(r, out var raw)
                ? new RawCsvRecord(cells, raw)
                : new RawCsvRecord(cells, RawCsvFile.Format(cells)))
            .ToList();
        return ReplaceBlock(reservations, instrument, block);
    }

    private static string BuildActionsText(RawCsvFile actions, string instrument, IReadOnlyList<ActionChange> changes)
    {
        var instrumentColumn = actions.Column("instrument");
        var unchangedRaw = actions.Records
            .Where(r => r.Cells.Count == actions.Header.Count && r.Cells[instrumentColumn] == instrument)
            .GroupBy(r => ActionRecord.FromCells(actions.Header, r.Cells))
            .ToDictionary(g => g.Key, g => g.First().Raw);
        var block = changes
            .Where(c => c.After is not null)
            .Select(c => c.After!.ToCells(actions.Header) is var cells && unchangedRaw.TryGetValue(c.After!, out var raw)
                ? new RawCsvRecord(cells, raw)
                : new RawCsvRecord(cells, RawCsvFile.Format(cells)))
            .ToList();

        return ReplaceBlock(actions, instrument, block);
    }

    /// <summary>The file with the instrument's records replaced by <paramref name="block"/>, where they stood.</summary>
    private static string ReplaceBlock(RawCsvFile file, string instrument, List<RawCsvRecord> block)
    {
        var instrumentColumn = file.Column("instrument");
        bool IsOurs(RawCsvRecord r) => r.Cells.Count > instrumentColumn && r.Cells[instrumentColumn] == instrument;
        var records = file.Records.ToList();
        var others = records.Where(r => !IsOurs(r)).ToList();

        // The block goes where it stood; an instrument new to the file goes before the first instrument sorting after it.
        var position = records.FindIndex(IsOurs);
        if (position < 0)
        {
            position = others.FindIndex(r => r.Cells.Count > instrumentColumn && string.CompareOrdinal(r.Cells[instrumentColumn], instrument) > 0);
            position = position >= 0 ? position : others.Count;
        }

        others.InsertRange(position, block);
        return file.ToText(others);
    }

    private static string BuildInstrumentsText(RawCsvFile instruments, string instrument, string completeAsAt, string completeAsAtSource, out string? change)
    {
        var (id, asAt, source) = (instruments.Column("id"), instruments.Column("complete_as_at"), instruments.Column("complete_as_at_source"));
        change = null;
        var records = instruments.Records.ToList();
        var index = records.FindIndex(r => r.Cells.Count > id && r.Cells[id] == instrument);
        if (index < 0)
        {
            throw new MtdsgFormatException($"The instrument '{instrument}' is not in {DataSetLoader.InstrumentsFile}.");
        }

        var cells = records[index].Cells.ToArray();
        if (cells[asAt] != completeAsAt || cells[source] != completeAsAtSource)
        {
            change = $"~ instrument {instrument}: complete_as_at {cells[asAt]} -> {completeAsAt}; complete_as_at_source '{cells[source]}' -> '{completeAsAtSource}'";
            cells[asAt] = completeAsAt;
            cells[source] = completeAsAtSource;
            records[index] = new RawCsvRecord(cells, RawCsvFile.Format(cells));
        }

        return instruments.ToText(records);
    }
}
