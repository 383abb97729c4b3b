using System.Text;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

/// <summary>
/// The catalog every request reads: loaded once at start-up from the database just built by Core's
/// <see cref="CatalogLoader"/> (the one loader, which the coverage report shares), indexed, then immutable. Nothing
/// else reads the database but the readiness probe.
/// </summary>
public sealed class Catalog(SqliteConnectionFactory connections, Microsoft.Extensions.Options.IOptions<DataOptions> data)
{
    /// <summary>The folder the data files were read from: the dataset download serves them as they are, features never read the options.</summary>
    internal string DataDirectory => data.Value.Directory;

    private StatusSnapshot? _snapshot;
    private Task<DatabaseFile>? _database;
    private readonly TaskCompletionSource _loaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>
    /// Completes once start-up has loaded the catalog, or faults with the reason it could not (bad data, a folder it
    /// cannot write to). The server listens while the catalog loads, and requests wait for this (<see cref="CatalogGate"/>).
    /// </summary>
    internal Task Loaded => _loaded.Task;

    /// <summary>Start-up could not build the database or load the catalog: whatever waits for <see cref="Loaded"/> learns why.</summary>
    internal void LoadFailed(Exception reason) => _loaded.TrySetException(reason);

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

        // The digest reads the whole file (1.6 MB: 45 ms of a 1.2 s cold start, measured), so it is computed after
        // start-up, on another thread, from a handle opened now: a handle keeps the bytes loaded readable even if the
        // file is then removed, so the digest is always of the file the catalog was loaded from.
        var file = new FileStream(database, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
        _database = Task.Run(() => DatabaseFileOf(database, file, snapshot.DataVersion));
        _snapshot = snapshot;
        _loaded.TrySetResult();
    }

    /// <summary>The database file the catalog was loaded from, which the SQLite download serves as it is, with its digest.</summary>
    internal Task<DatabaseFile> Database => _database ?? throw new InvalidOperationException("The database has not been built yet.");

    private static async Task<DatabaseFile> DatabaseFileOf(string path, FileStream file, string dataVersion)
    {
        await using (file)
        {
            var hash = new Sha256();
            await hash.AppendAsync(file, CancellationToken.None);
            return new DatabaseFile(path, file.Length, hash.ToHexAndReset(), dataVersion);
        }
    }

    /// <summary>The read model loaded at start-up.</summary>
    internal StatusSnapshot Snapshot => _snapshot ?? throw new InvalidOperationException("The database has not been built yet.");

    private static async Task<StatusSnapshot> LoadSnapshotAsync(string database, CancellationToken cancellationToken)
    {
        var data = await CatalogLoader.LoadAsync(database, cancellationToken);
        return new StatusSnapshot(data.Instruments, data.Participants, data.Actions, data.Statements)
        {
            DataVersion = data.DataVersion,
            Resolutions = data.Resolutions,
            WorldMap = new WorldMap(data.MapShapes),
            Names = new ParticipantNames(data.Participants, data.Aliases, data.OtherNames),
            Paragraphs = data.Paragraphs.GroupBy(p => p.Resolution, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => (IReadOnlyList<ParagraphDbRow>)[.. g], StringComparer.Ordinal),
        };
    }

    /// <summary>
    /// The data version, once the catalog is loaded and while the database it was loaded from is still there and answers
    /// (one cheap read of its metadata); else null. Pooled connections keep reading a file that was deleted under them (a temp-folder
    /// cleaner, say): a replica whose database is gone is not ready, whatever its pool still answers.
    /// </summary>
    internal async Task<string?> ReadyVersionAsync(CancellationToken cancellationToken)
    {
        if (!Loaded.IsCompletedSuccessfully || connections.DatabasePath is not { } path || !File.Exists(path))
        {
            return null;
        }

        await using var connection = await connections.OpenReadOnlyAsync(cancellationToken);
        return await CatalogLoader.ReadDataVersionAsync(connection, cancellationToken);
    }
}
