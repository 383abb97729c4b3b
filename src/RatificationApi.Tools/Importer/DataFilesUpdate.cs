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
    private static string BuildReservationsText(RawCsvFile reservations, string instrument, IReadOnlyList<StatementChange> changes) =>
        ReplaceBlock(reservations, ReservationRowMap.Instrument, instrument, changes
            .Where(c => c.After is not null)
            .Select(c => c.After!)
            .OrderBy(r => r.Participant, StringComparer.Ordinal));

    private static string BuildActionsText(RawCsvFile actions, string instrument, IReadOnlyList<ActionChange> changes) =>
        ReplaceBlock(actions, ActionRowMap.Instrument, instrument, changes.Where(c => c.After is not null).Select(c => c.After!));

    /// <summary>
    /// The file with the instrument's records replaced by <paramref name="block"/>, where they stood. A row the file
    /// already holds keeps its exact text; only a new or changed row is written anew.
    /// </summary>
    private static string ReplaceBlock<T>(RawCsvFile file, string instrumentColumnName, string instrument, IEnumerable<T> block)
        where T : DataRow, ICsvRow<T>
    {
        var unchangedRaw = file.Rows<T>()
            .GroupBy(r => r.Row)
            .ToDictionary(g => g.Key, g => g.First().Record.Raw);
        var rows = block.ToList();
        var written = new Queue<string>(DataCsv.Format(rows.Where(r => !unchangedRaw.ContainsKey(r)), file.Header));
        var blockRaw = rows.Select(r => unchangedRaw.TryGetValue(r, out var raw) ? raw : written.Dequeue()).ToList();

        var instrumentColumn = file.Column(instrumentColumnName);
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

        var texts = others.Select(r => r.Raw).ToList();
        texts.InsertRange(position, blockRaw);
        return file.ToText(texts);
    }

    private static string BuildInstrumentsText(RawCsvFile instruments, string instrument, string completeAsAt, string completeAsAtSource, out string? change)
    {
        var (id, asAt, source) = (instruments.Column(InstrumentRowMap.Id), instruments.Column(InstrumentRowMap.CompleteAsAt), instruments.Column(InstrumentRowMap.CompleteAsAtSource));
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
            change = $"~ instrument {instrument}: {InstrumentRowMap.CompleteAsAt} {cells[asAt]} -> {completeAsAt}; {InstrumentRowMap.CompleteAsAtSource} '{cells[source]}' -> '{completeAsAtSource}'";
            cells[asAt] = completeAsAt;
            cells[source] = completeAsAtSource;
            records[index] = new RawCsvRecord(cells, DataCsv.FormatCells(cells));
        }

        return instruments.ToText(records);
    }
}
