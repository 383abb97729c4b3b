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
    private readonly Dictionary<string, IReadOnlyList<ActionDbRow>> _actionsByInstrument;
    private readonly Dictionary<string, IReadOnlyList<ActionDbRow>> _actionsByParticipant;
    private readonly Dictionary<string, RowIndex<TreatyAction>> _treatyActionsByInstrument;
    private readonly Dictionary<string, RowIndex<TreatyAction>> _treatyActionsByParticipant;
    private readonly Dictionary<string, EntryIntoForceRule> _rules;
    private readonly Dictionary<long, TreatyStatement> _parsedStatements;
    private readonly Dictionary<string, IReadOnlyList<StatementDbRow>> _statementsByInstrument;
    private readonly Dictionary<string, RowIndex<CountedStatement>> _statementsOfInstrumentByAuthor;
    private readonly Dictionary<string, RowIndex<CountedStatement>> _objectionsOfInstrumentByTarget;
    private readonly Dictionary<string, RowIndex<CountedStatement>> _statementsOfParticipantByInstrument;
    private readonly Dictionary<string, RowIndex<CountedStatement>> _objectionsToParticipantByInstrument;
    private readonly Dictionary<string, RowIndex<ActionDbRow>> _recordsByInstrument;

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
        }

        // SQLite orders text by its bytes, which for these ASCII ids is ordinal order; OrderBy is stable, so rows
        // with the same key keep the order they were recorded in, as "ORDER BY key, a.id" gives them.
        _actionsByInstrument = actions.GroupBy(a => a.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionDbRow>)[.. g.OrderBy(a => a.Participant, StringComparer.Ordinal)], StringComparer.Ordinal);
        _actionsByParticipant = actions.GroupBy(a => a.Participant, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ActionDbRow>)[.. g.OrderBy(a => a.Instrument, StringComparer.Ordinal)], StringComparer.Ordinal);
        var parsed = actions.Select(a => (Row: a, Action: a.ToAction())).ToList();
        _treatyActionsByInstrument = parsed.GroupBy(a => a.Row.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<TreatyAction>.Of(g, a => a.Row.Participant, a => a.Action), StringComparer.Ordinal);
        _treatyActionsByParticipant = parsed.GroupBy(a => a.Row.Participant, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<TreatyAction>.Of(g, a => a.Row.Instrument, a => a.Action), StringComparer.Ordinal);
        // A participant's record lists its actions by date, undated last, then as recorded (OrderBy is stable).
        _recordsByInstrument = actions.GroupBy(a => a.Instrument, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => RowIndex<ActionDbRow>.Of(g.OrderBy(a => a.DateStart is null).ThenBy(a => a.DateStart, StringComparer.Ordinal), a => a.Participant, a => a),
                StringComparer.Ordinal);

        // The change feed's order: by the date recorded, then by the stable id, as SQLite compares text (byte order).
        Feed = [.. actions.OrderBy(a => a.Recorded, StringComparer.Ordinal).ThenBy(a => a.FeedId, StringComparer.Ordinal)];
        _rules = instruments.ToDictionary(i => i.Id, i => i.ToRule(), StringComparer.Ordinal);

        // Statements keep file order within every group (GroupBy preserves it).
        _parsedStatements = statements.ToDictionary(s => s.Id, s => s.ToStatement());
        _statementsByInstrument = statements.GroupBy(s => s.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<StatementDbRow>)[.. g], StringComparer.Ordinal);

        // What counting needs, joined once here: each statement parsed, with its author's actions under its instrument.
        var counted = statements.Select(s => new CountedStatement(s, _parsedStatements[s.Id], ActionsOf(s.Instrument, s.Participant))).ToList();
        var objections = counted.Where(s => s.Parsed.Kind == StatementKind.Objection && s.Row.Target is not null).ToList();
        _statementsOfInstrumentByAuthor = counted.GroupBy(s => s.Row.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<CountedStatement>.Of(g, s => s.Row.Participant, s => s), StringComparer.Ordinal);
        _objectionsOfInstrumentByTarget = objections.GroupBy(s => s.Row.Instrument, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<CountedStatement>.Of(g, s => s.Row.Target!, s => s), StringComparer.Ordinal);
        _statementsOfParticipantByInstrument = counted.GroupBy(s => s.Row.Participant, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<CountedStatement>.Of(g, s => s.Row.Instrument, s => s), StringComparer.Ordinal);
        _objectionsToParticipantByInstrument = objections.GroupBy(s => s.Row.Target!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => RowIndex<CountedStatement>.Of(g, s => s.Row.Instrument, s => s), StringComparer.Ordinal);
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

    /// <summary>An instrument's actions, parsed, by participant, each participant's in the order recorded.</summary>
    public RowIndex<TreatyAction> TreatyActionsOfInstrument(string instrument) =>
        _treatyActionsByInstrument.TryGetValue(instrument, out var actions) ? actions : RowIndex<TreatyAction>.Empty;

    /// <summary>A participant's actions, parsed, by instrument, each instrument's in the order recorded.</summary>
    public RowIndex<TreatyAction> TreatyActionsOfParticipant(string participant) =>
        _treatyActionsByParticipant.TryGetValue(participant, out var actions) ? actions : RowIndex<TreatyAction>.Empty;

    /// <summary>Every statement under an instrument, by any participant.</summary>
    public IReadOnlyList<StatementDbRow> StatementsOfInstrument(string instrument) =>
        _statementsByInstrument.TryGetValue(instrument, out var rows) ? rows : [];

    /// <summary>An instrument's statements by their author.</summary>
    public RowIndex<CountedStatement> StatementsOfInstrumentByAuthor(string instrument) =>
        _statementsOfInstrumentByAuthor.TryGetValue(instrument, out var rows) ? rows : RowIndex<CountedStatement>.Empty;

    /// <summary>An instrument's objections by the participant they concern.</summary>
    public RowIndex<CountedStatement> ObjectionsOfInstrumentByTarget(string instrument) =>
        _objectionsOfInstrumentByTarget.TryGetValue(instrument, out var rows) ? rows : RowIndex<CountedStatement>.Empty;

    /// <summary>A participant's statements by instrument.</summary>
    public RowIndex<CountedStatement> StatementsOfParticipantByInstrument(string participant) =>
        _statementsOfParticipantByInstrument.TryGetValue(participant, out var rows) ? rows : RowIndex<CountedStatement>.Empty;

    /// <summary>Others' objections to a participant's statements, by instrument.</summary>
    public RowIndex<CountedStatement> ObjectionsToParticipantByInstrument(string participant) =>
        _objectionsToParticipantByInstrument.TryGetValue(participant, out var rows) ? rows : RowIndex<CountedStatement>.Empty;

    /// <summary>A statement of this snapshot, parsed once.</summary>
    public TreatyStatement Parsed(StatementDbRow statement) =>
        _parsedStatements.TryGetValue(statement.Id, out var parsed) ? parsed : statement.ToStatement();

    /// <summary>One participant's actions under one instrument, by date (undated last), then as recorded.</summary>
    public ActionDbRow[] RecordsOf(string instrument, string participant) =>
        _recordsByInstrument.TryGetValue(instrument, out var rows) ? rows[participant] : [];

    /// <summary>One participant's actions under one instrument, parsed, in the order recorded.</summary>
    public TreatyAction[] ActionsOf(string instrument, string participant) => TreatyActionsOfInstrument(instrument)[participant];

    public EntryIntoForceRule RuleOf(Instrument instrument) =>
        _rules.TryGetValue(instrument.Id, out var rule) ? rule : instrument.ToRule();
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

/// <summary>Rows by one key (a participant, or an instrument), each group an array in the order recorded.</summary>
internal sealed class RowIndex<T>(Dictionary<string, T[]> groups)
{
    public static RowIndex<T> Empty { get; } = new(new Dictionary<string, T[]>(StringComparer.Ordinal));

    /// <summary>The group of <paramref name="key"/>; empty when it has none. Allocates nothing, nor does looping over it.</summary>
    public T[] this[string key] => groups.TryGetValue(key, out var rows) ? rows : [];

    public static RowIndex<T> Of<TSource>(IEnumerable<TSource> rows, Func<TSource, string> key, Func<TSource, T> row) =>
        new(rows.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(row).ToArray(), StringComparer.Ordinal));
}
