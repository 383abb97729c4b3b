using System.Security.Cryptography;
using System.Text;
using Dapper;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>
/// The catalog every request reads: loaded once at start-up from the database just built, with explicit columns
/// (the one loader of the service), then immutable. Nothing else reads the database but the readiness probe.
/// </summary>
public sealed class Catalog(SqliteConnectionFactory connections, Microsoft.Extensions.Options.IOptions<DataOptions> data)
{
    /// <summary>The folder the data files were read from: the dataset download serves them as they are, features never read the options.</summary>
    internal string DataDirectory => data.Value.Directory;

    private const string InstrumentColumns = """
        i.id AS Id, i.position AS Position, i.short_name AS ShortName, i.mtdsg AS Mtdsg,
        i.parent AS Parent, i.parent_reference AS ParentReference, i.adopted AS Adopted, i.adoption_place AS AdoptionPlace,
        i.adopted_by AS AdoptedBy, i.opened_for_signature AS OpenedForSignature, i.entry_into_force AS EntryIntoForce,
        i.eif_article AS EifArticle, i.eif_offset AS EifOffset, i.eif_rule_basis AS EifRuleBasis, i.eif_rule_text AS EifRuleText,
        i.unts_volume AS UntsVolume, i.unts_page AS UntsPage, i.unts_registration_no AS UntsRegistrationNo,
        i.unts_registration_date AS UntsRegistrationDate, i.complete_as_at AS CompleteAsAt, i.complete_as_at_source AS CompleteAsAtSource,
        i.stated_signatories AS StatedSignatories, i.stated_parties AS StatedParties, i.stated_as_at AS StatedAsAt,
        i.stated_source AS StatedSource, i.source AS Source, i.notes AS Notes
        FROM instruments AS i
        """;

    private const string TitleColumns = """
        t.item AS Item, t.lang AS Lang, t.title AS Title, t.confidence AS Confidence
        FROM titles AS t
        """;

    private const string ShortNameColumns = """
        s.instrument AS Instrument, s.lang AS Lang, s.short_name AS ShortName
        FROM short_names AS s
        """;

    private const string ParticipantColumns = """
        p.id AS Id, p.iso3 AS Iso3, p.iso2 AS Iso2, p.m49 AS M49, p.kind AS Kind, p.un_status AS UnStatus,
        p.un_admission_date AS UnAdmissionDate, p.region_code AS RegionCode, p.region AS Region,
        p.subregion_code AS SubregionCode, p.subregion AS Subregion, p.intermediate_region_code AS IntermediateRegionCode,
        p.intermediate_region AS IntermediateRegion, p.source AS Source
        FROM participants AS p
        """;

    private const string ParticipantNameColumns = """
        n.participant AS Participant, n.lang AS Lang, n.name AS Name, n.formal_name AS FormalName
        FROM participant_names AS n
        """;

    private const string ActionColumns = """
        a.instrument AS Instrument, a.participant AS Participant, a.kind AS Kind, a.date AS Date,
        a.date_precision AS DatePrecision, a.date_start AS DateStart, a.reservations AS Reservations, a.basis AS Basis,
        a.recorded AS Recorded, a.feed_id AS FeedId, a.source AS Source, a.notes AS Notes
        FROM actions AS a
        """;

    private const string ResolutionColumns = """
        r.id AS Id, r.symbol AS Symbol, r.adopted AS Adopted,
        r.session AS Session, r.meeting AS Meeting, r.agenda_item AS AgendaItem, r.committee_report AS CommitteeReport,
        r.distributed AS Distributed, r.recalls AS Recalls, r.source AS Source, r.notes AS Notes
        FROM resolutions AS r
        """;

    // A resolution's title is keyed by its id with 'resolution-' for 'A-RES-', in lower case.
    private const string ResolutionTitleColumns = """
        r.id AS Item, t.lang AS Lang, t.title AS Title, t.confidence AS Confidence
        FROM resolutions AS r
        JOIN titles AS t ON t.item = lower(replace(r.id, 'A-RES-', 'resolution-'))
        """;

    private const string ParagraphColumns = """
        p.resolution AS Resolution, p.paragraph AS Paragraph, p.instrument AS Instrument, p.summary AS Summary, p.source AS Source
        FROM resolution_paragraphs AS p
        JOIN instruments AS i ON i.id = p.instrument
        """;

    private const string StatementColumns = """
        r.id AS Id, r.instrument AS Instrument, r.participant AS Participant, r.kind AS Kind, r.occasion AS Occasion,
        r.date AS Date, r.date_precision AS DatePrecision, r.target AS Target, r.heading AS Heading, r.text AS Text,
        r.basis AS Basis, r.source AS Source, r.notes AS Notes
        FROM reservations AS r
        """;

    private const string MapShapeColumns = """
        m.kind AS Kind, m.participant AS Participant, m.x AS X, m.y AS Y, m.area AS Area, m.bounds AS Bounds, m.path AS Path,
        m.world_path AS WorldPath
        FROM map_shapes AS m
        """;

    // The depositary's names ride in participants.aliases (';'-separated); CLDR's in their own table.
    private const string AliasColumns = """
        p.id AS Participant, p.aliases AS Aliases
        FROM participants AS p
        WHERE p.aliases IS NOT NULL
        """;

    private const string OtherNameColumns = """
        o.participant AS Participant, o.lang AS Lang, o.name AS Name
        FROM participant_other_names AS o
        """;

    private StatusSnapshot? _snapshot;
    private DatabaseFile? _database;

    /// <summary>The instruments, in their order.</summary>
    internal IReadOnlyList<Instrument> Instruments => Snapshot.Instruments;

    /// <summary>Finds an instrument by its id or its MTDSG number, in any case.</summary>
    internal Instrument? FindInstrument(string key) =>
        Snapshot.FindInstrument(key);

    /// <summary>The participants, ordered by id.</summary>
    internal IReadOnlyList<Participant> Participants => Snapshot.Participants;

    /// <summary>Finds a participant by its ISO 3166-1 alpha-3 or alpha-2 code, in any case.</summary>
    internal Participant? FindParticipant(string code) =>
        Snapshot.FindParticipant(code);

    /// <summary>Finds a participant by its UN M49 code (three digits).</summary>
    internal Participant? FindParticipantByM49(string code) =>
        Snapshot.Names.FindByM49(code);

    /// <summary>The participants one of whose names matches <paramref name="query"/>, best first (see <see cref="ParticipantNames.Search"/>).</summary>
    internal IReadOnlyList<NameMatch> SearchParticipants(string query, string lang) =>
        Snapshot.Names.Search(query, lang);

    /// <summary>An instrument's actions, ordered by participant, then as recorded.</summary>
    internal IReadOnlyList<ActionDbRow> ActionsOfInstrument(string instrument) =>
        Snapshot.ActionsOfInstrument(instrument);

    /// <summary>A participant's actions, ordered by instrument id, then as recorded.</summary>
    internal IReadOnlyList<ActionDbRow> ActionsOfParticipant(string participant) =>
        Snapshot.ActionsOfParticipant(participant);

    /// <summary>General Assembly resolution 63/194, the one the service is about: its adoption is the default start of an instrument's progress.</summary>
    public const string Resolution63194 = "A-RES-63-194";

    /// <summary>Finds a resolution by id (A-RES-63-194) or symbol (A/RES/63/194), in any ASCII case.</summary>
    internal Resolution? FindResolution(string key)
    {
        if (!Ascii.IsValid(key))
        {
            return null;
        }

        var upper = key.ToUpperInvariant();
        foreach (var resolution in Snapshot.Resolutions)
        {
            if (resolution.Id == upper || resolution.Symbol == upper)
            {
                return resolution;
            }
        }

        return null;
    }

    /// <summary>The world map's geometry.</summary>
    internal WorldMap WorldMap => Snapshot.WorldMap;

    /// <summary>The paragraphs of a resolution, in order, each paragraph's instruments in their order.</summary>
    internal IReadOnlyList<ParagraphDbRow> ParagraphsOf(string resolution) =>
        Snapshot.Paragraphs.TryGetValue(resolution, out var paragraphs) ? paragraphs : [];

    /// <summary>The day a resolution was adopted, or null for an id the data does not hold.</summary>
    internal DateOnly? ResolutionAdopted(string resolution)
    {
        foreach (var row in Snapshot.Resolutions)
        {
            if (row.Id == resolution)
            {
                return Dates.Day(row.Adopted);
            }
        }

        return null;
    }

    /// <summary>
    /// Loads the read model from the database built at start-up, once (about 1,400 actions, 360 statements, 198
    /// participants and five instruments in six languages, the resolutions and the change feed): every request reads
    /// it and none queries. The database is never swapped: a data change ships as a new build.
    /// </summary>
    internal async Task LoadAsync(string database, CancellationToken cancellationToken)
    {
        var snapshot = await LoadSnapshotAsync(database, cancellationToken);
        connections.Serve(database);
        _database = await DatabaseFileOf(database, snapshot.DataVersion, cancellationToken);
        _snapshot = snapshot;
    }

    /// <summary>The database file the catalog was loaded from, which the SQLite download serves as it is.</summary>
    internal DatabaseFile Database => _database ?? throw new InvalidOperationException("The database has not been built yet.");

    private static async Task<DatabaseFile> DatabaseFileOf(string path, string dataVersion, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(file, cancellationToken));
        return new DatabaseFile(path, file.Length, sha256, dataVersion);
    }

    /// <summary>The read model loaded at start-up.</summary>
    internal StatusSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("The database has not been built yet.");

    private static async Task<StatusSnapshot> LoadSnapshotAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionFactory.OpenReadOnlyAsync(database, cancellationToken);
        var titles = (await Query<TitleRow>($"SELECT {TitleColumns}")).ToLookup(t => t.Item, StringComparer.Ordinal);
        var shortNames = (await Query<ShortNameRow>($"SELECT {ShortNameColumns}")).ToLookup(s => s.Instrument, StringComparer.Ordinal);
        var instruments = (await Query<Instrument>($"SELECT {InstrumentColumns} ORDER BY i.position"))
            .Select(i => i with
            {
                Titles = Localize(i.Id, titles[i.Id], t => t.Title, i.ShortName),
                OtherShortNames = shortNames[i.Id].ToDictionary(s => s.Lang, s => s.ShortName, StringComparer.Ordinal),
            })
            .ToList();
        var names = (await Query<NameRow>($"SELECT {ParticipantNameColumns}")).ToLookup(n => n.Participant, StringComparer.Ordinal);
        var participants = (await Query<Participant>($"SELECT {ParticipantColumns} ORDER BY p.id"))
            .Select(p => p with { Names = Localize(p.Id, names[p.Id], n => new ParticipantName(n.Name, n.FormalName), null) })
            .ToList();
        var aliases = await Query<AliasRow>($"SELECT {AliasColumns} ORDER BY p.id");
        var otherNames = await Query<OtherNameDbRow>($"SELECT {OtherNameColumns} ORDER BY o.participant, o.lang, o.name");
        var participantNames = new ParticipantNames(
            participants,
            aliases.SelectMany(a => a.Aliases.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => (a.Participant, n))),
            otherNames.Select(o => (o.Participant, o.Lang, o.Name)));
        var resolutionTitles = (await Query<TitleRow>($"SELECT {ResolutionTitleColumns}")).ToLookup(t => t.Item, StringComparer.Ordinal);
        var resolutions = (await Query<Resolution>($"SELECT {ResolutionColumns} ORDER BY r.id"))
            .Select(r => r with { Titles = Localize(r.Id, resolutionTitles[r.Id], t => new ResolutionTitle(t.Title, t.Confidence), new ResolutionTitle(r.Symbol, null)) })
            .ToList();

        var actions = await Query<ActionDbRow>($"SELECT {ActionColumns} ORDER BY a.id");
        var statements = await Query<StatementDbRow>($"SELECT {StatementColumns} ORDER BY r.id");
        var paragraphs = await Query<ParagraphDbRow>($"SELECT {ParagraphColumns} ORDER BY p.resolution, p.paragraph, i.position");
        var shapes = await Query<MapShapeDbRow>($"SELECT {MapShapeColumns} ORDER BY m.rowid");
        var version = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT value FROM meta WHERE key = 'data_version'", cancellationToken: cancellationToken));
        return new StatusSnapshot(instruments, participants, [.. actions], [.. statements])
        {
            DataVersion = version,
            Resolutions = resolutions,
            WorldMap = new WorldMap(shapes),
            Names = participantNames,
            Paragraphs = paragraphs.GroupBy(p => p.Resolution, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ParagraphDbRow>)[.. g], StringComparer.Ordinal),
        };

        Task<IEnumerable<T>> Query<T>(string sql) => connection.QueryAsync<T>(new CommandDefinition(sql, cancellationToken: cancellationToken));
    }

    /// <summary>
    /// A name or title per language from its rows; English stands in for a language without one, and
    /// <paramref name="withoutEnglish"/> for English when the data has none (null: English is required).
    /// </summary>
    private static Localized<T> Localize<TRow, T>(string item, IEnumerable<TRow> rows, Func<TRow, T> value, T? withoutEnglish)
        where TRow : ILanguageRow
        where T : class
    {
        var byLanguage = rows.Select(r => KeyValuePair.Create(r.Lang, value(r))).ToList();
        var english = byLanguage.Where(v => v.Key == Languages.Default).Select(v => v.Value).FirstOrDefault() ?? withoutEnglish;
        return new Localized<T>(byLanguage, english ?? throw new InvalidOperationException($"The database has no English name for '{item}'."));
    }

    private interface ILanguageRow
    {
        string Lang { get; }
    }

    private sealed record TitleRow(string Item, string Lang, string Title, string? Confidence) : ILanguageRow;

    private sealed record ShortNameRow(string Instrument, string Lang, string ShortName);

    private sealed record NameRow(string Participant, string Lang, string Name, string? FormalName) : ILanguageRow;

    private sealed record AliasRow(string Participant, string Aliases);

    private sealed record OtherNameDbRow(string Participant, string Lang, string Name);

    /// <summary>
    /// The data version, when the database the service loaded is still there and answers (one cheap read of its
    /// metadata); else null. Pooled connections keep reading a file that was deleted under them (a temp-folder
    /// cleaner, say): a replica whose database is gone is not ready, whatever its pool still answers.
    /// </summary>
    internal async Task<string?> ReadyVersionAsync(CancellationToken cancellationToken)
    {
        if (connections.DatabasePath is not { } path || !File.Exists(path))
        {
            return null;
        }

        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT value FROM meta WHERE key = 'data_version'", cancellationToken: cancellationToken));
    }
}
