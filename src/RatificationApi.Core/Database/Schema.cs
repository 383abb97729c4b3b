using RatificationApi.Data;
using A = RatificationApi.Data.ActionRowMap;
using D = RatificationApi.Data.DisagreementRowMap;
using G = RatificationApi.Data.MapShapeRowMap;
using I = RatificationApi.Data.InstrumentRowMap;
using O = RatificationApi.Data.OtherNameRowMap;
using P = RatificationApi.Data.ParticipantRowMap;
using R = RatificationApi.Data.ResolutionRowMap;
using RP = RatificationApi.Data.ResolutionParagraphRowMap;
using S = RatificationApi.Data.ReservationRowMap;
using SN = RatificationApi.Data.ShortNameRowMap;
using T = RatificationApi.Data.TitleRowMap;

namespace RatificationApi.Database;

/// <summary>
/// The database schema. A column the CSV file has takes its name from the file's class map; the few the build adds
/// are named here. The build's inserts and the catalog's queries take the names from these tables, so that each is
/// spelled once (docs/sqlite.md documents them; a test checks that it does). Dates are ISO 8601 text, so that they
/// sort and compare as text.
/// </summary>
internal static class Schema
{
    // The columns no CSV file has: the build derives them (an action's date interval, its feed id, a row's line),
    // or they belong to a table the build composes (meta, participant_names).
    public const string Key = "key";
    public const string Value = "value";
    public const string RowId = "id";
    public const string Position = "position";
    public const string Item = "item";
    public const string Participant = "participant";
    public const string Lang = "lang";
    public const string Name = "name";
    public const string FormalName = "formal_name";
    public const string DatePrecision = "date_precision";
    public const string DateStart = "date_start";
    public const string DateEnd = "date_end";
    public const string FeedId = "feed_id";
    public const string Line = "line";

    /// <summary>The key of the data version in <see cref="Meta"/>.</summary>
    public const string DataVersionKey = "data_version";

    public static Table Meta { get; } = new("meta", [new(Key, "TEXT PRIMARY KEY"), new(Value, "TEXT NOT NULL")]) { WithoutRowId = true };

    public static Table Instruments { get; } = new("instruments",
    [
        new(I.Id, "TEXT PRIMARY KEY"),
        new(Position, "INTEGER NOT NULL") { Value = "(SELECT count(*) FROM instruments)" },
        new(I.ShortName, "TEXT NOT NULL"),
        new(I.Mtdsg, "TEXT NOT NULL UNIQUE COLLATE NOCASE"),
        new(I.Parent, $"TEXT REFERENCES instruments ({I.Id})"),
        new(I.ParentReference, "TEXT"),
        new(I.Adopted, "TEXT NOT NULL"),
        new(I.AdoptionPlace, "TEXT"),
        new(I.AdoptedBy, "TEXT"),
        new(I.OpenedForSignature, "TEXT"),
        new(I.EntryIntoForce, "TEXT"),
        new(I.EifArticle, "TEXT"),
        new(I.EifOffset, "TEXT"),
        new(I.EifRuleBasis, "TEXT"),
        new(I.EifRuleText, "TEXT"),
        new(I.UntsVolume, "INTEGER"),
        new(I.UntsPage, "INTEGER"),
        new(I.UntsRegistrationNo, "INTEGER"),
        new(I.UntsRegistrationDate, "TEXT"),
        new(I.CompleteAsAt, "TEXT NOT NULL"),
        new(I.CompleteAsAtSource, "TEXT"),
        new(I.StatedSignatories, "INTEGER"),
        new(I.StatedParties, "INTEGER"),
        new(I.StatedAsAt, "TEXT"),
        new(I.StatedSource, "TEXT"),
        new(I.Source, "TEXT NOT NULL"),
        new(I.Notes, "TEXT"),
    ]);

    /// <summary>Titles by item: an instrument's id (instrument-titles.csv's <c>instrument</c>), or a resolution's key.</summary>
    public static Table Titles { get; } = new("titles",
    [
        new(Item, "TEXT NOT NULL") { Value = $"@{nameof(TitleRow.Instrument)}" },
        new(T.Lang, "TEXT NOT NULL"),
        new(T.Title, "TEXT NOT NULL"),
        new(T.Confidence, "TEXT NOT NULL"),
        new(T.Source, "TEXT NOT NULL"),
    ])
    { Constraints = [$"PRIMARY KEY ({Item}, {T.Lang})"], WithoutRowId = true };

    public static Table ShortNames { get; } = new("short_names",
    [
        new(SN.Instrument, $"TEXT NOT NULL {References(Instruments)}"),
        new(SN.Lang, "TEXT NOT NULL"),
        new(SN.ShortName, "TEXT NOT NULL"),
        new(SN.Confidence, "TEXT NOT NULL"),
        new(SN.Source, "TEXT NOT NULL"),
        new(SN.Notes, "TEXT"),
    ])
    { Constraints = [$"PRIMARY KEY ({SN.Instrument}, {SN.Lang})"], WithoutRowId = true };

    public static Table Participants { get; } = new("participants",
    [
        new(P.Id, "TEXT PRIMARY KEY"),
        new(P.Iso3, "TEXT UNIQUE"),
        new(P.Iso2, "TEXT NOT NULL UNIQUE"),
        new(P.M49, "TEXT"),
        new(P.Kind, "TEXT NOT NULL"),
        new(P.UnStatus, "TEXT NOT NULL"),
        new(P.UnAdmissionDate, "TEXT"),
        new(P.RegionCode, "TEXT"),
        new(P.Region, "TEXT"),
        new(P.SubregionCode, "TEXT"),
        new(P.Subregion, "TEXT"),
        new(P.IntermediateRegionCode, "TEXT"),
        new(P.IntermediateRegion, "TEXT"),
        new(P.Aliases, "TEXT"),
        new(P.Source, "TEXT NOT NULL"),
        new(P.Notes, "TEXT"),
    ]);

    /// <summary>A participant's name per language: participants.csv's <c>name_xx</c> and <c>formal_name_xx</c>, one row per language.</summary>
    public static Table ParticipantNames { get; } = new("participant_names",
    [
        new(Participant, $"TEXT NOT NULL {References(Participants)}"),
        new(Lang, "TEXT NOT NULL"),
        new(Name, "TEXT NOT NULL"),
        new(FormalName, "TEXT"),
    ])
    { Constraints = [$"PRIMARY KEY ({Participant}, {Lang})"], WithoutRowId = true };

    public static Table OtherNames { get; } = new("participant_other_names",
    [
        new(O.Participant, $"TEXT NOT NULL {References(Participants)}"),
        new(O.Lang, "TEXT NOT NULL"),
        new(O.Name, "TEXT NOT NULL"),
        new(O.Kind, "TEXT NOT NULL"),
        new(O.Source, "TEXT NOT NULL"),
    ])
    { Constraints = [$"PRIMARY KEY ({O.Participant}, {O.Lang}, {O.Name})"], WithoutRowId = true };

    public static Table Actions { get; } = new("actions",
    [
        new(RowId, "INTEGER PRIMARY KEY"),
        new(A.Instrument, $"TEXT NOT NULL {References(Instruments)}"),
        new(A.Participant, $"TEXT NOT NULL {References(Participants)}"),
        new(A.Kind, "TEXT NOT NULL"),
        new(A.Date, "TEXT"),
        new(DatePrecision, "TEXT NOT NULL"),
        new(DateStart, "TEXT"),
        new(DateEnd, "TEXT"),
        new(A.Reservations, "TEXT NOT NULL"),
        new(A.Basis, "TEXT NOT NULL"),
        new(A.Exception, "TEXT"),
        new(A.Recorded, "TEXT NOT NULL"),
        new(FeedId, "TEXT NOT NULL UNIQUE"),
        new(A.Source, "TEXT NOT NULL"),
        new(A.Notes, "TEXT"),
        new(Line, "INTEGER NOT NULL"),
    ])
    {
        Indexes =
        [
            ("actions_feed", [A.Recorded, FeedId]),
            ("actions_by_instrument", [A.Instrument, A.Participant]),
            ("actions_by_participant", [A.Participant, A.Instrument]),
        ],
    };

    public static Table Disagreements { get; } = new("disagreements",
    [
        new(RowId, "INTEGER PRIMARY KEY"),
        new(D.Instrument, $"TEXT NOT NULL {References(Instruments)}"),
        new(D.Participant, $"TEXT {References(Participants)}"),
        new(D.Field, "TEXT NOT NULL"),
        new(D.KeptValue, "TEXT"),
        new(D.KeptSource, "TEXT NOT NULL"),
        new(D.OtherValue, "TEXT"),
        new(D.OtherSource, "TEXT NOT NULL"),
        new(D.Notes, "TEXT"),
    ]);

    /// <summary>reservations.csv: reservations, declarations, objections and territorial applications.</summary>
    public static Table Statements { get; } = new("reservations",
    [
        new(RowId, "INTEGER PRIMARY KEY"),
        new(S.Instrument, $"TEXT NOT NULL {References(Instruments)}"),
        new(S.Participant, $"TEXT NOT NULL {References(Participants)}"),
        new(S.Kind, "TEXT NOT NULL"),
        new(S.Occasion, "TEXT"),
        new(S.Date, "TEXT"),
        new(DatePrecision, "TEXT NOT NULL"),
        new(S.Target, $"TEXT {References(Participants)}"),
        new(S.Heading, "TEXT"),
        new(S.Text, "TEXT"),
        new(S.Basis, "TEXT NOT NULL"),
        new(S.Recorded, "TEXT NOT NULL"),
        new(S.Source, "TEXT NOT NULL"),
        new(S.Notes, "TEXT"),
        new(Line, "INTEGER NOT NULL"),
    ])
    {
        Indexes =
        [
            ("reservations_by_instrument", [S.Instrument, S.Participant]),
            ("reservations_by_participant", [S.Participant, S.Instrument]),
            ("reservations_by_target", [S.Target, S.Instrument]),
        ],
    };

    public static Table Resolutions { get; } = new("resolutions",
    [
        new(R.Id, "TEXT PRIMARY KEY"),
        new(R.Symbol, "TEXT NOT NULL"),
        new(R.Adopted, "TEXT NOT NULL"),
        new(R.Session, "TEXT"),
        new(R.Meeting, "TEXT"),
        new(R.AgendaItem, "TEXT"),
        new(R.CommitteeReport, "TEXT"),
        new(R.Distributed, "TEXT"),
        new(R.Recalls, "TEXT"),
        new(R.Source, "TEXT NOT NULL"),
        new(R.Notes, "TEXT"),
    ]);

    public static Table ResolutionParagraphs { get; } = new("resolution_paragraphs",
    [
        new(RP.Resolution, $"TEXT NOT NULL {References(Resolutions)}"),
        new(RP.Paragraph, "INTEGER NOT NULL"),
        new(RP.Instrument, $"TEXT NOT NULL {References(Instruments)}"),
        new(RP.Summary, "TEXT"),
        new(RP.Source, "TEXT NOT NULL"),
    ])
    { Constraints = [$"PRIMARY KEY ({RP.Resolution}, {RP.Paragraph}, {RP.Instrument})"], WithoutRowId = true };

    public static Table MapShapes { get; } = new("map_shapes",
    [
        new(G.Kind, $"TEXT NOT NULL CHECK ({G.Kind} IN ('{MapShapeRow.Sphere}', '{MapShapeRow.ParticipantKind}', '{MapShapeRow.Territory}'))"),
        new(G.M49, "TEXT"),
        new(G.Participant, $"TEXT UNIQUE {References(Participants)}"),
        new(G.Name, "TEXT NOT NULL"),
        new(G.Lon, "REAL"),
        new(G.Lat, "REAL"),
        new(G.X, "REAL"),
        new(G.Y, "REAL"),
        new(G.Area, "REAL NOT NULL"),
        new(G.Bounds, "TEXT NOT NULL"),
        new(G.Path, "TEXT"),
        new(G.WorldPath, "TEXT"),
        new(G.Source, "TEXT NOT NULL"),
    ]);

    /// <summary>Every table, in the order they are created and filled (a foreign key's table first).</summary>
    public static IReadOnlyList<Table> All { get; } =
        [Meta, Instruments, Titles, ShortNames, Participants, ParticipantNames, OtherNames, Actions, Disagreements, Statements, Resolutions, ResolutionParagraphs, MapShapes];

    /// <summary>The statements that create every table and index.</summary>
    public static string Create { get; } = string.Join("\n\n", All.Select(t => t.Create()));

    // A foreign key to a table's first column, its key.
    private static string References(Table table) => $"REFERENCES {table.Name} ({table.Columns[0].Name})";
}
