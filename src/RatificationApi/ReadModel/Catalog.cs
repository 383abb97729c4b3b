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
public sealed class Catalog(SqliteConnectionFactory connections)
{
    private const string InstrumentColumns = """
        i.id AS Id, i.position AS Position, i.short_name AS ShortName, i.mtdsg AS Mtdsg,
        COALESCE(t.title, en.title, i.short_name) AS Title,
        CASE WHEN t.title IS NOT NULL THEN @Lang WHEN en.title IS NOT NULL THEN 'en' ELSE 'en' END AS TitleLang,
        i.parent AS Parent, i.parent_reference AS ParentReference, i.adopted AS Adopted, i.adoption_place AS AdoptionPlace,
        i.adopted_by AS AdoptedBy, i.opened_for_signature AS OpenedForSignature, i.entry_into_force AS EntryIntoForce,
        i.eif_article AS EifArticle, i.eif_offset AS EifOffset, i.eif_rule_basis AS EifRuleBasis, i.eif_rule_text AS EifRuleText,
        i.unts_volume AS UntsVolume, i.unts_page AS UntsPage, i.unts_registration_no AS UntsRegistrationNo,
        i.unts_registration_date AS UntsRegistrationDate, i.complete_as_at AS CompleteAsAt, i.complete_as_at_source AS CompleteAsAtSource,
        i.stated_signatories AS StatedSignatories, i.stated_parties AS StatedParties, i.stated_as_at AS StatedAsAt,
        i.stated_source AS StatedSource, i.source AS Source, i.notes AS Notes
        FROM instruments AS i
        LEFT JOIN titles AS t ON t.item = i.id AND t.lang = @Lang
        LEFT JOIN titles AS en ON en.item = i.id AND en.lang = 'en'
        """;

    private const string ParticipantColumns = """
        p.id AS Id, p.iso3 AS Iso3, p.iso2 AS Iso2, p.m49 AS M49, p.kind AS Kind, p.un_status AS UnStatus,
        p.un_admission_date AS UnAdmissionDate, p.region_code AS RegionCode, p.region AS Region,
        p.subregion_code AS SubregionCode, p.subregion AS Subregion, p.intermediate_region_code AS IntermediateRegionCode,
        p.intermediate_region AS IntermediateRegion,
        COALESCE(n.name, en.name) AS Name,
        CASE WHEN n.name IS NOT NULL THEN @Lang ELSE 'en' END AS NameLang,
        CASE WHEN n.name IS NOT NULL THEN n.formal_name ELSE en.formal_name END AS FormalName,
        p.source AS Source
        FROM participants AS p
        LEFT JOIN participant_names AS n ON n.participant = p.id AND n.lang = @Lang
        LEFT JOIN participant_names AS en ON en.participant = p.id AND en.lang = 'en'
        """;

    private const string ActionColumns = """
        a.instrument AS Instrument, a.participant AS Participant, a.kind AS Kind, a.date AS Date,
        a.date_precision AS DatePrecision, a.date_start AS DateStart, a.reservations AS Reservations, a.basis AS Basis,
        a.recorded AS Recorded, a.feed_id AS FeedId, a.source AS Source, a.notes AS Notes
        FROM actions AS a
        """;

    // A resolution's title is keyed by its id with 'resolution-' for 'A-RES-', in lower case.
    private const string ResolutionColumns = """
        r.id AS Id, r.symbol AS Symbol, r.adopted AS Adopted,
        COALESCE(t.title, en.title, r.symbol) AS Title,
        CASE WHEN t.title IS NOT NULL THEN @Lang ELSE 'en' END AS TitleLang,
        COALESCE(t.confidence, en.confidence) AS TitleConfidence,
        r.session AS Session, r.meeting AS Meeting, r.agenda_item AS AgendaItem, r.committee_report AS CommitteeReport,
        r.distributed AS Distributed, r.recalls AS Recalls, r.source AS Source, r.notes AS Notes
        FROM resolutions AS r
        LEFT JOIN titles AS t ON t.item = lower(replace(r.id, 'A-RES-', 'resolution-')) AND t.lang = @Lang
        LEFT JOIN titles AS en ON en.item = lower(replace(r.id, 'A-RES-', 'resolution-')) AND en.lang = 'en'
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

    private StatusSnapshot? _snapshot;

    internal IReadOnlyList<InstrumentDbRow> Instruments(string lang) =>
        Snapshot.Instruments(lang);

    /// <summary>Finds an instrument by its id or its MTDSG number, in any case.</summary>
    internal InstrumentDbRow? FindInstrument(string key, string lang) =>
        Snapshot.FindInstrument(key, lang);

    internal IReadOnlyList<ParticipantDbRow> Participants(string lang) =>
        Snapshot.Participants(lang);

    /// <summary>Finds a participant by its ISO 3166-1 alpha-3 or alpha-2 code, in any case.</summary>
    internal ParticipantDbRow? FindParticipant(string code, string lang) =>
        Snapshot.FindParticipant(code, lang);

    /// <summary>An instrument's actions, ordered by participant, then as recorded.</summary>
    internal IReadOnlyList<ActionDbRow> ActionsOfInstrument(string instrument) =>
        Snapshot.ActionsOfInstrument(instrument);

    /// <summary>A participant's actions, ordered by instrument id, then as recorded.</summary>
    internal IReadOnlyList<ActionDbRow> ActionsOfParticipant(string participant) =>
        Snapshot.ActionsOfParticipant(participant);

    /// <summary>General Assembly resolution 63/194, the one the service is about: its adoption is the default start of an instrument's progress.</summary>
    public const string Resolution63194 = "A-RES-63-194";

    /// <summary>Finds a resolution by id (A-RES-63-194) or symbol (A/RES/63/194), in any ASCII case.</summary>
    internal ResolutionDbRow? FindResolution(string key, string lang)
    {
        if (!Ascii.IsValid(key))
        {
            return null;
        }

        var upper = key.ToUpperInvariant();
        foreach (var resolution in Snapshot.Resolutions[lang])
        {
            if (resolution.Id == upper || resolution.Symbol == upper)
            {
                return resolution;
            }
        }

        return null;
    }

    /// <summary>The paragraphs of a resolution, in order, each paragraph's instruments in their order.</summary>
    internal IReadOnlyList<ParagraphDbRow> ParagraphsOf(string resolution) =>
        Snapshot.Paragraphs.TryGetValue(resolution, out var paragraphs) ? paragraphs : [];

    /// <summary>The day a resolution was adopted, or null for an id the data does not hold.</summary>
    internal DateOnly? ResolutionAdopted(string resolution)
    {
        foreach (var row in Snapshot.Resolutions["en"])
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
        _snapshot = snapshot;
    }

    /// <summary>The read model loaded at start-up.</summary>
    internal StatusSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("The database has not been built yet.");

    private static async Task<StatusSnapshot> LoadSnapshotAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionFactory.OpenReadOnlyAsync(database, cancellationToken);
        var instruments = new Dictionary<string, IReadOnlyList<InstrumentDbRow>>(StringComparer.Ordinal);
        var participants = new Dictionary<string, IReadOnlyList<ParticipantDbRow>>(StringComparer.Ordinal);
        foreach (var lang in Languages.All)
        {
            instruments[lang] = [.. await connection.QueryAsync<InstrumentDbRow>($"SELECT {InstrumentColumns} ORDER BY i.position", new { Lang = lang })];
            participants[lang] = [.. await connection.QueryAsync<ParticipantDbRow>($"SELECT {ParticipantColumns} ORDER BY p.id", new { Lang = lang })];
        }

        var resolutions = new Dictionary<string, IReadOnlyList<ResolutionDbRow>>(StringComparer.Ordinal);
        foreach (var lang in Languages.All)
        {
            resolutions[lang] = [.. await connection.QueryAsync<ResolutionDbRow>($"SELECT {ResolutionColumns} ORDER BY r.id", new { Lang = lang })];
        }

        var actions = await connection.QueryAsync<ActionDbRow>($"SELECT {ActionColumns} ORDER BY a.id");
        var statements = await connection.QueryAsync<StatementDbRow>($"SELECT {StatementColumns} ORDER BY r.id");
        var paragraphs = await connection.QueryAsync<ParagraphDbRow>($"SELECT {ParagraphColumns} ORDER BY p.resolution, p.paragraph, i.position");
        var version = await connection.QuerySingleAsync<string>("SELECT value FROM meta WHERE key = 'data_version'");
        return new StatusSnapshot(instruments, participants, [.. actions], [.. statements])
        {
            DataVersion = version,
            Resolutions = resolutions,
            Paragraphs = paragraphs.GroupBy(p => p.Resolution, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ParagraphDbRow>)[.. g], StringComparer.Ordinal),
        };
    }

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
