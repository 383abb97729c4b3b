using Dapper;
using RatificationApi.Data;
using RatificationApi.Database;
using static RatificationApi.Database.Schema;

namespace RatificationApi.ReadModel;

/// <summary>Everything the catalog holds, as read from the database: immutable, names per language already set.</summary>
/// <param name="DataVersion">The version of the data the database was built from (a digest of the data files).</param>
/// <param name="Instruments">The instruments in their order.</param>
/// <param name="Participants">The participants ordered by id.</param>
/// <param name="Aliases">The depositary's other names of participants (participants.csv's <c>aliases</c>), by participant id.</param>
/// <param name="OtherNames">Other names per language (CLDR's and others', participant-other-names.csv).</param>
/// <param name="Resolutions">The General Assembly resolutions by id.</param>
/// <param name="Actions">Every action, in the order recorded (by row id).</param>
/// <param name="Statements">Every statement, in file order (by row id).</param>
/// <param name="Paragraphs">The resolutions' paragraphs by resolution and paragraph, each paragraph's instruments in their order.</param>
/// <param name="MapShapes">The world map's features, in the file's order.</param>
/// <param name="Disagreements">Where sources disagree, in file order.</param>
internal sealed record CatalogData(
    string DataVersion,
    IReadOnlyList<Instrument> Instruments,
    IReadOnlyList<Participant> Participants,
    IReadOnlyList<(string Participant, string Name)> Aliases,
    IReadOnlyList<(string Participant, string Lang, string Name)> OtherNames,
    IReadOnlyList<Resolution> Resolutions,
    IReadOnlyList<ActionDbRow> Actions,
    IReadOnlyList<StatementDbRow> Statements,
    IReadOnlyList<ParagraphDbRow> Paragraphs,
    IReadOnlyList<MapShapeDbRow> MapShapes,
    IReadOnlyList<DisagreementDbRow> Disagreements);

/// <summary>
/// The one loader: reads the database built at start-up (or by a tool) into <see cref="CatalogData"/>, once, every
/// table with named columns (<see cref="Table.Select{TRow}"/>). The service indexes what it reads into its read model;
/// the coverage report folds over it, so that both count from the same objects.
/// </summary>
internal static class CatalogLoader
{
    public static async Task<CatalogData> LoadAsync(string database, CancellationToken cancellationToken)
    {
        await using var connection = await SqliteConnectionFactory.OpenReadOnlyAsync(database, cancellationToken);

        // Instruments' titles are keyed by their id, a resolution's by its id with 'resolution-' for 'A-RES-', in lower case.
        var titles = (await connection.QueryAsync<TitleRow>($"SELECT {Titles.Select<TitleRow>("t")} FROM {Titles.Name} AS t")).ToLookup(t => t.Item, StringComparer.Ordinal);
        var shortNames = (await connection.QueryAsync<ShortNameRow>($"SELECT {ShortNames.Select<ShortNameRow>("s")} FROM {ShortNames.Name} AS s"))
            .ToLookup(s => s.Instrument, StringComparer.Ordinal);
        var instruments = (await connection.QueryAsync<Instrument>($"SELECT {Instruments.Select<Instrument>("i")} FROM {Instruments.Name} AS i ORDER BY i.{Position}"))
            .Select(i => i with
            {
                Titles = Localize(i.Id, titles[i.Id], t => t.Title, i.ShortName),
                OtherShortNames = shortNames[i.Id].ToDictionary(s => s.Lang, s => s.ShortName, StringComparer.Ordinal),
            })
            .ToList();
        var names = (await connection.QueryAsync<NameRow>($"SELECT {ParticipantNames.Select<NameRow>("n")} FROM {ParticipantNames.Name} AS n"))
            .ToLookup(n => n.Participant, StringComparer.Ordinal);
        var participants = (await connection.QueryAsync<Participant>($"SELECT {Participants.Select<Participant>("p")} FROM {Participants.Name} AS p ORDER BY p.{ParticipantRowMap.Id}"))
            .Select(p => p with { Names = Localize(p.Id, names[p.Id], n => new ParticipantName(n.Name, n.FormalName), null) })
            .ToList();

        // The depositary's names ride in participants.aliases (';'-separated); CLDR's in their own table.
        var aliases = await connection.QueryAsync<AliasRow>(
            $"SELECT {Participants.Select<AliasRow>("p")} FROM {Participants.Name} AS p WHERE p.{ParticipantRowMap.Aliases} IS NOT NULL ORDER BY p.{ParticipantRowMap.Id}");
        var otherNames = await connection.QueryAsync<OtherNameDbRow>(
            $"SELECT {OtherNames.Select<OtherNameDbRow>("o")} FROM {OtherNames.Name} AS o " +
            $"ORDER BY o.{OtherNameRowMap.Participant}, o.{OtherNameRowMap.Lang}, o.{OtherNameRowMap.Name}");
        var resolutions = (await connection.QueryAsync<Resolution>($"SELECT {Resolutions.Select<Resolution>("r")} FROM {Resolutions.Name} AS r ORDER BY r.{ResolutionRowMap.Id}"))
            .Select(r => r with
            {
                Titles = Localize(
                    r.Id,
                    titles[r.Id.Replace("A-RES-", "resolution-", StringComparison.Ordinal).ToLowerInvariant()],
                    t => new ResolutionTitle(t.Title, t.Confidence),
                    new ResolutionTitle(r.Symbol, null)),
            })
            .ToList();

        var actions = await connection.QueryAsync<ActionDbRow>($"SELECT {Actions.Select<ActionDbRow>("a")} FROM {Actions.Name} AS a ORDER BY a.{RowId}");
        var statements = await connection.QueryAsync<StatementDbRow>($"SELECT {Statements.Select<StatementDbRow>("r")} FROM {Statements.Name} AS r ORDER BY r.{RowId}");
        var paragraphs = await connection.QueryAsync<ParagraphDbRow>(
            $"SELECT {ResolutionParagraphs.Select<ParagraphDbRow>("p")} FROM {ResolutionParagraphs.Name} AS p " +
            $"JOIN {Instruments.Name} AS i ON i.{InstrumentRowMap.Id} = p.{ResolutionParagraphRowMap.Instrument} " +
            $"ORDER BY p.{ResolutionParagraphRowMap.Resolution}, p.{ResolutionParagraphRowMap.Paragraph}, i.{Position}");
        var shapes = await connection.QueryAsync<MapShapeDbRow>($"SELECT {Schema.MapShapes.Select<MapShapeDbRow>("m")} FROM {Schema.MapShapes.Name} AS m ORDER BY m.rowid");
        var disagreements = await connection.QueryAsync<DisagreementDbRow>(
            $"SELECT {Disagreements.Select<DisagreementDbRow>("d")} FROM {Disagreements.Name} AS d ORDER BY d.{RowId}");
        return new CatalogData(
            await ReadDataVersionAsync(connection, cancellationToken) ?? throw new InvalidOperationException($"The database {database} holds no data version."),
            instruments,
            participants,
            [.. aliases.SelectMany(a => a.Aliases.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(n => (a.Id, n)))],
            [.. otherNames.Select(o => (o.Participant, o.Lang, o.Name))],
            resolutions,
            [.. actions],
            [.. statements],
            [.. paragraphs],
            [.. shapes],
            [.. disagreements]);
    }

    /// <summary>The version of the data the database holds, from its <c>meta</c> table; null when it has none.</summary>
    public static Task<string?> ReadDataVersionAsync(System.Data.IDbConnection connection, CancellationToken cancellationToken) =>
        connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            $"SELECT {Value} FROM {Meta.Name} WHERE {Key} = @Key", new { Key = DataVersionKey }, cancellationToken: cancellationToken));

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

    // Positional records, each column into the constructor's parameter of its name. Internal rather than private, so that
    // the reader Dapper.AOT generates for each (in this assembly, outside this class) can name it.
    internal sealed record TitleRow(string Item, string Lang, string Title, string? Confidence) : ILanguageRow;

    internal sealed record ShortNameRow(string Instrument, string Lang, string ShortName);

    internal sealed record NameRow(string Participant, string Lang, string Name, string? FormalName) : ILanguageRow;

    internal sealed record AliasRow(string Id, string Aliases);

    internal sealed record OtherNameDbRow(string Participant, string Lang, string Name);
}
