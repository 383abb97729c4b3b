using System.Reflection;
using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.Downloads;

/// <summary>A column's Table Schema type where it is not plain text, with the values it may take.</summary>
internal sealed record ColumnType(string Type, string? Format = null, string? Pattern = null, IReadOnlyCollection<string>? Values = null, bool Required = false)
{
    public static ColumnType Text { get; } = new("string");

    /// <summary>A calendar day, YYYY-MM-DD (Table Schema's default date format).</summary>
    public static ColumnType Day { get; } = new("date", "default");

    /// <summary>A day, or only its month or year where the source gives no more (data/README.md): YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public static ColumnType PartialDate { get; } = new("string", Pattern: "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$");

    public static ColumnType Count { get; } = new("integer");

    /// <summary>A UN M49 code: three digits, zero-padded, so text rather than a number.</summary>
    public static ColumnType M49 { get; } = new("string", Pattern: "^[0-9]{3}$");

    public static ColumnType OneOf(IEnumerable<string> values) => new("string", Values: [.. values]);
}

/// <summary>A foreign key: <paramref name="Fields"/> of this file refer to <paramref name="ReferenceFields"/> of <paramref name="Resource"/> (empty: this file).</summary>
internal sealed record ForeignKey(string[] Fields, string Resource, string[] ReferenceFields);

/// <summary>A data file's row model: its file name and its columns, from the CsvHelper class map the loader reads it with.</summary>
internal sealed record RowModel(Type Type, string FileName, IReadOnlyList<string> Columns);

/// <summary>
/// What the Data Package says about each data file beyond its column names. The columns themselves come from the row
/// models' class maps (<see cref="RowModels"/>), so that a new column or a new file cannot be left out: a column named
/// here only gains a type, a key or a vocabulary, and every other column is text. Vocabularies come from the domain and
/// the validators where they are spelled; reading every file with these types (tests/feeds) checks the rest.
/// </summary>
internal static class TableSchemas
{
    private static readonly Dictionary<(string File, string Column), ColumnType> Types = new()
    {
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.Id)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.Chapter)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.Adopted)] = ColumnType.Day,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.OpenedForSignature)] = ColumnType.Day,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.EntryIntoForce)] = ColumnType.Day,
        // An ISO 8601 duration in days, months or years; text with a pattern, since Table Schema's duration as the
        // frictionless libraries cast it refuses a zero duration (P0D), which the data holds.
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.EifOffset)] = new("string", Pattern: "^P([0-9]+Y)?([0-9]+M)?([0-9]+D)?$"),
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.EifRuleBasis)] = ColumnType.OneOf(["text", "inferred"]),
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.UntsVolume)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.UntsPage)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.UntsRegistrationNo)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.UntsRegistrationDate)] = ColumnType.Day,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.CompleteAsAt)] = ColumnType.Day with { Required = true },
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.StatedSignatories)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.StatedParties)] = ColumnType.Count,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.StatedAsAt)] = ColumnType.Day,
        [(DataSetLoader.InstrumentsFile, InstrumentRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.TitlesFile, TitleRowMap.Instrument)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.TitlesFile, TitleRowMap.Lang)] = ColumnType.OneOf(Languages.All) with { Required = true },
        [(DataSetLoader.TitlesFile, TitleRowMap.Confidence)] = ColumnType.OneOf(["official", "secondary"]),
        [(DataSetLoader.TitlesFile, TitleRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.Id)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.Iso3)] = new("string", Pattern: "^[A-Z]{3}$"),
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.Iso2)] = new("string", Pattern: "^[A-Z]{2}$", Required: true),
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.M49)] = ColumnType.M49,
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.Kind)] = ColumnType.OneOf(["state", "organization"]) with { Required = true },
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.UnStatus)] = ColumnType.OneOf(UnMembership.All) with { Required = true },
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.UnAdmissionDate)] = ColumnType.Day,
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.RegionCode)] = ColumnType.M49,
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.SubregionCode)] = ColumnType.M49,
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.IntermediateRegionCode)] = ColumnType.M49,
        [(DataSetLoader.ParticipantsFile, ParticipantRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ActionsFile, ActionRowMap.Instrument)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Participant)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Kind)] = ColumnType.OneOf(WireName.All<ActionKind>()) with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Date)] = ColumnType.PartialDate,
        [(DataSetLoader.ActionsFile, ActionRowMap.Reservations)] = ColumnType.OneOf(DataRules.ReservationValues) with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Basis)] = ColumnType.OneOf(DataRules.Bases) with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Recorded)] = ColumnType.Day with { Required = true },
        [(DataSetLoader.ActionsFile, ActionRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.DisagreementsFile, DisagreementRowMap.Instrument)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ResolutionsFile, ResolutionRowMap.Id)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ResolutionsFile, ResolutionRowMap.Adopted)] = ColumnType.Day,
        [(DataSetLoader.ResolutionsFile, ResolutionRowMap.Session)] = ColumnType.Count,
        [(DataSetLoader.ResolutionsFile, ResolutionRowMap.Distributed)] = ColumnType.Day,
        [(DataSetLoader.ResolutionsFile, ResolutionRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ResolutionParagraphsFile, ResolutionParagraphRowMap.Resolution)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ResolutionParagraphsFile, ResolutionParagraphRowMap.Paragraph)] = ColumnType.Count with { Required = true },
        [(DataSetLoader.ResolutionParagraphsFile, ResolutionParagraphRowMap.Instrument)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ShortNamesFile, ShortNameRowMap.Instrument)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ShortNamesFile, ShortNameRowMap.Lang)] = ColumnType.OneOf(Languages.All) with { Required = true },
        [(DataSetLoader.ShortNamesFile, ShortNameRowMap.Confidence)] = ColumnType.OneOf(["official", "secondary"]),
        [(DataSetLoader.ShortNamesFile, ShortNameRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.OtherNamesFile, OtherNameRowMap.Participant)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.OtherNamesFile, OtherNameRowMap.Lang)] = ColumnType.OneOf(Languages.All) with { Required = true },
        [(DataSetLoader.OtherNamesFile, OtherNameRowMap.Name)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.OtherNamesFile, OtherNameRowMap.Kind)] = ColumnType.OneOf(OtherNameRow.Kinds) with { Required = true },
        [(DataSetLoader.OtherNamesFile, OtherNameRowMap.Source)] = ColumnType.Text with { Required = true },

        [(DataSetLoader.ReservationsFile, ReservationRowMap.Instrument)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Participant)] = ColumnType.Text with { Required = true },
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Kind)] = ColumnType.OneOf(WireName.All<StatementKind>()) with { Required = true },
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Occasion)] = ColumnType.OneOf(ReservationRowValidator.Occasions),
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Date)] = ColumnType.PartialDate,
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Basis)] = ColumnType.OneOf(DataRules.Bases) with { Required = true },
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Recorded)] = ColumnType.Day with { Required = true },
        [(DataSetLoader.ReservationsFile, ReservationRowMap.Source)] = ColumnType.Text with { Required = true },
    };

    private static readonly Dictionary<string, string[]> PrimaryKeys = new(StringComparer.Ordinal)
    {
        [DataSetLoader.InstrumentsFile] = [InstrumentRowMap.Id],
        [DataSetLoader.TitlesFile] = [TitleRowMap.Instrument, TitleRowMap.Lang],
        [DataSetLoader.ParticipantsFile] = [ParticipantRowMap.Id],
        // The identity data/README.md gives an action; an unknown date is empty, as Table Schema allows in a key.
        [DataSetLoader.ActionsFile] = [ActionRowMap.Instrument, ActionRowMap.Participant, ActionRowMap.Kind, ActionRowMap.Date],
        [DataSetLoader.ResolutionsFile] = [ResolutionRowMap.Id],
        [DataSetLoader.ResolutionParagraphsFile] = [ResolutionParagraphRowMap.Resolution, ResolutionParagraphRowMap.Paragraph, ResolutionParagraphRowMap.Instrument],
        [DataSetLoader.ShortNamesFile] = [ShortNameRowMap.Instrument, ShortNameRowMap.Lang],
    };

    private static readonly string Instruments = ResourceName(DataSetLoader.InstrumentsFile);
    private static readonly string Participants = ResourceName(DataSetLoader.ParticipantsFile);

    // instrument-titles.csv has no key to instruments: it also holds the title of resolution 63/194.
    private static readonly Dictionary<string, ForeignKey[]> ForeignKeys = new(StringComparer.Ordinal)
    {
        [DataSetLoader.InstrumentsFile] = [new([InstrumentRowMap.Parent], string.Empty, [InstrumentRowMap.Id])],
        [DataSetLoader.ActionsFile] =
        [
            new([ActionRowMap.Instrument], Instruments, [InstrumentRowMap.Id]),
            new([ActionRowMap.Participant], Participants, [ParticipantRowMap.Id]),
        ],
        [DataSetLoader.DisagreementsFile] =
        [
            new([DisagreementRowMap.Instrument], Instruments, [InstrumentRowMap.Id]),
            new([DisagreementRowMap.Participant], Participants, [ParticipantRowMap.Id]),
        ],
        [DataSetLoader.ResolutionParagraphsFile] =
        [
            new([ResolutionParagraphRowMap.Resolution], ResourceName(DataSetLoader.ResolutionsFile), [ResolutionRowMap.Id]),
            new([ResolutionParagraphRowMap.Instrument], Instruments, [InstrumentRowMap.Id]),
        ],
        [DataSetLoader.ShortNamesFile] = [new([ShortNameRowMap.Instrument], Instruments, [InstrumentRowMap.Id])],
        [DataSetLoader.OtherNamesFile] = [new([OtherNameRowMap.Participant], Participants, [ParticipantRowMap.Id])],
        [DataSetLoader.ReservationsFile] =
        [
            new([ReservationRowMap.Instrument], Instruments, [InstrumentRowMap.Id]),
            new([ReservationRowMap.Participant], Participants, [ParticipantRowMap.Id]),
            new([ReservationRowMap.Target], Participants, [ParticipantRowMap.Id]),
        ],
    };

    /// <summary>
    /// Every row model of the data: each type that implements <see cref="ICsvRow{TSelf}"/>, with its file name and the
    /// columns of its class map. Found by reflection, so that a file added with its row model is in the package.
    /// </summary>
    public static IReadOnlyList<RowModel> RowModels { get; } = [.. typeof(DataSetLoader).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICsvRow<>) && i.GetGenericArguments()[0] == t))
        .Select(t => new RowModel(t, (string)t.GetProperty(nameof(ICsvRow<ActionRow>.FileName), BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!, Columns(t)))
        .OrderBy(m => m.FileName, StringComparer.Ordinal)];

    /// <summary>The resource name of a data file: its name without <c>.csv</c> (lower case, digits, '-', as Data Package names must be).</summary>
    public static string ResourceName(string file) => Path.GetFileNameWithoutExtension(file);

    public static ColumnType TypeOf(string file, string column) => Types.GetValueOrDefault((file, column), ColumnType.Text);

    public static IReadOnlyList<string> PrimaryKeyOf(string file) => PrimaryKeys.GetValueOrDefault(file, []);

    public static IReadOnlyList<ForeignKey> ForeignKeysOf(string file) => ForeignKeys.GetValueOrDefault(file, []);

    /// <summary>Every column this class names, with its file: each must be a column of that file's row model.</summary>
    public static IEnumerable<(string File, string Column)> Declared() =>
        Types.Keys
            .Concat(PrimaryKeys.SelectMany(k => k.Value.Select(c => (k.Key, c))))
            .Concat(ForeignKeys.SelectMany(k => k.Value.SelectMany(f => f.Fields.Select(c => (k.Key, c)))));

    private static string[] Columns(Type rowType)
    {
        var map = (CsvHelper.Configuration.ClassMap)rowType.GetMethod(nameof(ICsvRow<ActionRow>.CreateMap), BindingFlags.Public | BindingFlags.Static)!.Invoke(null, null)!;
        return [.. map.MemberMaps.OrderBy(m => m.Data.Index).Select(m => m.Data.Names[0])];
    }
}
