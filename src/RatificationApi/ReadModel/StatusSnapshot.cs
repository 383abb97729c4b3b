using System.Text;
using RatificationApi.Domain;

namespace RatificationApi.ReadModel;

/// <summary>
/// The rows of the database built at start-up, in memory and indexed, with each action already parsed: what every
/// request reads. Immutable, loaded once (see <see cref="Catalog.LoadAsync"/>).
/// Lookups behave as the SQL they replace: ids and codes match in any ASCII case, rows come in the same order.
/// </summary>
internal sealed class StatusSnapshot
{
    private readonly Dictionary<string, int> _instrumentIndexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _instrumentIndexByMtdsg = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _participantIndexByCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _participantIndexById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<ActionDbRow>> _actionsByInstrument;
    private readonly Dictionary<string, IReadOnlyList<ActionDbRow>> _actionsByParticipant;
    private readonly EntryIntoForceRule[] _rules;

    // Every participant's history under every instrument, [instrument index][participant index]: a status reads its
    // cell by position, without looking up its actions, statements and objections one by one.
    private readonly History[][] _histories;

    /// <param name="instruments">The instruments in their order.</param>
    /// <param name="participants">The participants ordered by id.</param>
    /// <param name="actions">Every action, in the order recorded (by row id).</param>
    /// <param name="statements">Every statement, in file order (by row id).</param>
    public StatusSnapshot(
        IReadOnlyList<Instrument> instruments,
        IReadOnlyList<Participant> participants,
        IReadOnlyList<ActionDbRow> actions,
        IReadOnlyList<StatementDbRow> statements)
    {
        Instruments = instruments;
        Participants = participants;
        for (var index = 0; index < instruments.Count; index++)
        {
            _instrumentIndexById[instruments[index].Id] = index;
            _instrumentIndexByMtdsg[instruments[index].Mtdsg] = index;
        }

        for (var index = 0; index < participants.Count; index++)
        {
            if (participants[index].Iso3 is { } iso3)
            {
                _participantIndexByCode[iso3] = index;
            }

            _participantIndexByCode.TryAdd(participants[index].Iso2, index);
            _participantIndexById[participants[index].Id] = index;
        }

        // SQLite orders text by its bytes, which for these ASCII ids is ordinal order; OrderBy is stable, so rows
        // with the same key keep the order they were recorded in, as "ORDER BY key, a.id" gives them.
        _actionsByInstrument = actions.GroupBy(a => a.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionDbRow>)[.. g.OrderBy(a => a.Participant, StringComparer.Ordinal)], StringComparer.Ordinal);
        _actionsByParticipant = actions.GroupBy(a => a.Participant, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionDbRow>)[.. g.OrderBy(a => a.Instrument, StringComparer.Ordinal)], StringComparer.Ordinal);
        // The change feed's order: by the date recorded, then by the stable id, as SQLite compares text (byte order).
        Feed = [.. actions.OrderBy(a => a.Recorded, StringComparer.Ordinal).ThenBy(a => a.FeedId, StringComparer.Ordinal)];
        _rules = [.. instruments.Select(i => i.ToRule())];

        // Each action parsed, by cell; then each statement parsed, with its author's actions under its instrument (what
        // counting needs, joined once here), in its author's cell and, for an objection, in its target's.
        var cellRows = Cells<ActionDbRow>();
        foreach (var action in actions)
        {
            if (CellOf(action.Instrument, action.Participant) is { } cell)
            {
                cellRows[cell.Instrument][cell.Participant].Add(action);
            }
        }

        TreatyAction[][][] parsed = [.. cellRows.Select(cells => cells.Select(cell => cell.Select(a => a.ToAction()).ToArray()).ToArray())];
        var cellStatements = Cells<CountedStatement>();
        var cellObjections = Cells<CountedStatement>();
        foreach (var row in statements)
        {
            if (CellOf(row.Instrument, row.Participant) is not { } author)
            {
                continue;
            }

            var statement = new CountedStatement(row, row.ToStatement(), parsed[author.Instrument][author.Participant]);
            cellStatements[author.Instrument][author.Participant].Add(statement);
            if (statement.Parsed.Kind == StatementKind.Objection && row.Target is not null && CellOf(row.Instrument, row.Target) is { } target)
            {
                cellObjections[target.Instrument][target.Participant].Add(statement);
            }
        }

        _histories = new History[instruments.Count][];
        for (var i = 0; i < instruments.Count; i++)
        {
            _histories[i] = new History[participants.Count];
            for (var p = 0; p < participants.Count; p++)
            {
                // A participant's record lists its actions by date, undated last, then as recorded (OrderBy is stable).
                var records = cellRows[i][p].OrderBy(a => a.DateStart is null).ThenBy(a => a.DateStart, StringComparer.Ordinal).ToArray();
                _histories[i][p] = History.Of(parsed[i][p], records, [.. cellStatements[i][p]], [.. cellObjections[i][p]]);
            }
        }

        List<T>[][] Cells<T>() =>
            [.. instruments.Select(_ => participants.Select(_ => new List<T>()).ToArray())];

        // A row's cell; none for an instrument or participant the data does not list (the validator refuses those).
        (int Instrument, int Participant)? CellOf(string instrument, string participant) =>
            _instrumentIndexById.TryGetValue(instrument, out var i) && _participantIndexById.TryGetValue(participant, out var p) ? (i, p) : null;
    }

    /// <summary>The version of the data the database was built from (a digest of the data files).</summary>
    public required string DataVersion { get; init; }

    /// <summary>The General Assembly resolutions by id.</summary>
    public required IReadOnlyList<Resolution> Resolutions { get; init; }

    /// <summary>The world map's geometry.</summary>
    public required WorldMap WorldMap { get; init; }

    /// <summary>Per resolution id, its paragraphs in order, each paragraph's instruments in their order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<ParagraphDbRow>> Paragraphs { get; init; }

    /// <summary>Every name of every participant, folded for search, and the participants by M49 code.</summary>
    public required ParticipantNames Names { get; init; }

    /// <summary>Every action in the change feed's order: by <c>recorded</c>, then by feed id.</summary>
    public ActionDbRow[] Feed { get; }

    /// <summary>The instruments in their order.</summary>
    public IReadOnlyList<Instrument> Instruments { get; }

    /// <summary>The participants ordered by id.</summary>
    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>By id (<c>lower(key)</c>) or MTDSG number (ASCII case-insensitive), as the SQL did.</summary>
    public Instrument? FindInstrument(string key) =>
        Ascii.IsValid(key) && (_instrumentIndexById.TryGetValue(key.ToLowerInvariant(), out var index) || _instrumentIndexByMtdsg.TryGetValue(key, out index))
            ? Instruments[index]
            : null;

    /// <summary>By ISO 3166-1 alpha-3, else alpha-2 (<c>upper(code)</c>), as the SQL did.</summary>
    public Participant? FindParticipant(string code) =>
        Ascii.IsValid(code) && _participantIndexByCode.TryGetValue(code.ToUpperInvariant(), out var index)
            ? Participants[index]
            : null;

    public IReadOnlyList<ActionDbRow> ActionsOfInstrument(string instrument) =>
        _actionsByInstrument.TryGetValue(instrument, out var rows) ? rows : [];

    public IReadOnlyList<ActionDbRow> ActionsOfParticipant(string participant) =>
        _actionsByParticipant.TryGetValue(participant, out var rows) ? rows : [];

    /// <summary>Every participant's history under <paramref name="instrument"/>, in the participants' order (see <see cref="IndexOf(Participant)"/>).</summary>
    public History[] HistoriesOf(Instrument instrument) => _histories[IndexOf(instrument)];

    /// <summary>The participant's position in <see cref="Participants"/>.</summary>
    public int IndexOf(Participant participant) => _participantIndexById[participant.Id];

    /// <summary>The instrument's position in <see cref="Instruments"/>.</summary>
    public int IndexOf(Instrument instrument) => _instrumentIndexById[instrument.Id];

    public EntryIntoForceRule RuleOf(Instrument instrument) => _rules[IndexOf(instrument)];
}

/// <summary>
/// One participant's history under one instrument, joined once at load: its actions, parsed, in the order recorded;
/// the same actions as rows, by date (undated last), as its record lists them; its statements; and others' objections
/// to them, each in file order.
/// </summary>
internal sealed record History(TreatyAction[] Actions, ActionDbRow[] Records, CountedStatement[] Statements, CountedStatement[] ObjectionsReceived)
{
    private static readonly History None = new([], [], [], []);

    /// <summary>Most participants never acted under a given instrument: they share one empty history.</summary>
    public static History Of(TreatyAction[] actions, ActionDbRow[] records, CountedStatement[] statements, CountedStatement[] objectionsReceived) =>
        actions.Length == 0 && statements.Length == 0 && objectionsReceived.Length == 0 ? None : new(actions, records, statements, objectionsReceived);
}

/// <summary>
/// A statement as counting reads it: parsed, with its author's actions under the same instrument (an undated statement
/// made upon an action counts once that action has happened), so that deciding whether it was made by a date looks
/// nothing up.
/// </summary>
internal sealed record CountedStatement(StatementDbRow Row, TreatyStatement Parsed, TreatyAction[] AuthorActions)
{
    public bool IsMadeBy(DateOnly asOf, DateOnly today) => StatementFold.IsMadeBy(Parsed, AuthorActions, asOf, today);
}
