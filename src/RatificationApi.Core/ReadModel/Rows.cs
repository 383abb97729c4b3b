using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.ReadModel;

// Dapper rows: internal, SQLite-native types (INTEGER is long), never the API contract. An instrument and a
// participant are one object each, whatever the language asked for: their names per language are read from their
// own tables and set by the loader (CatalogLoader), never left null after it. They live in Core because the service
// and the coverage tool read the same catalog.

/// <summary>An instrument, with its titles in the languages the data has them in.</summary>
internal sealed record Instrument
{
    public string Id { get; init; } = "";
    public long Position { get; init; }
    public string ShortName { get; init; } = "";
    public string Mtdsg { get; init; } = "";

    /// <summary>Its titles; where the data has no English title, the short name stands in for it.</summary>
    public Localized<string> Titles { get; init; } = null!;

    /// <summary>Its short names in the other languages, by language, where a source gives one (data/instrument-short-names.csv).</summary>
    public IReadOnlyDictionary<string, string> OtherShortNames { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);
    public string? Parent { get; init; }
    public string? ParentReference { get; init; }
    public string Adopted { get; init; } = "";
    public string? AdoptionPlace { get; init; }
    public string? AdoptedBy { get; init; }
    public string? OpenedForSignature { get; init; }
    public string? EntryIntoForce { get; init; }
    public string? EifArticle { get; init; }
    public string? EifOffset { get; init; }
    public string? EifRuleBasis { get; init; }
    public string? EifRuleText { get; init; }
    public long? UntsVolume { get; init; }
    public long? UntsPage { get; init; }
    public long? UntsRegistrationNo { get; init; }
    public string? UntsRegistrationDate { get; init; }
    public string CompleteAsAt { get; init; } = "";
    public string? CompleteAsAtSource { get; init; }
    public long? StatedSignatories { get; init; }
    public long? StatedParties { get; init; }
    public string? StatedAsAt { get; init; }
    public string? StatedSource { get; init; }
    public string Source { get; init; } = "";
    public string? Notes { get; init; }

    /// <summary>
    /// Its short name in <paramref name="lang"/> where a source gives one (in English, <see cref="ShortName"/>); null where
    /// none does, which answers show as such rather than filling it with another language's.
    /// </summary>
    public string? ShortNameIn(string lang) =>
        lang == Languages.Default ? ShortName : OtherShortNames.GetValueOrDefault(lang);

    /// <summary>When the instrument enters into force for a later party; unknown where the data gives no rule.</summary>
    public EntryIntoForceRule ToRule() =>
        EntryIntoForceRule.TryCreate(IsoDate.ParseDay(EntryIntoForce), EifOffset, out var rule) ? rule : EntryIntoForceRule.Unknown;
}

/// <summary>A participant, with its names in the languages the data has them in.</summary>
internal sealed record Participant
{
    public string Id { get; init; } = "";
    public string? Iso3 { get; init; }
    public string Iso2 { get; init; } = "";
    public string? M49 { get; init; }
    public string Kind { get; init; } = "";
    /// <summary>As the data spells it: <c>member</c>, <c>observer</c> or <c>non-member</c>; shown as such.</summary>
    public string UnStatus
    {
        get;
        init
        {
            field = value;
            IsUnMember = UnMembership.IsMember(value);
        }
    } = "";

    /// <summary>Whether it is a UN Member State (today; the service's <c>ParticipantFilter.IsMemberOn</c> asks for a date), decided once per row.</summary>
    public bool IsUnMember { get; private init; }
    public string? UnAdmissionDate
    {
        get;
        init
        {
            field = value;
            AdmittedOn = IsoDate.ParseDay(value);
        }
    }

    /// <summary>The day it was admitted to the UN, parsed once per row; null when not a member or when the data has no date.</summary>
    public DateOnly? AdmittedOn { get; private init; }
    public string? RegionCode { get; init; }
    public string? Region { get; init; }
    public string? SubregionCode { get; init; }
    public string? Subregion { get; init; }
    public string? IntermediateRegionCode { get; init; }
    public string? IntermediateRegion { get; init; }

    /// <summary>Its names; a language's formal name goes with that language's name.</summary>
    public Localized<ParticipantName> Names { get; init; } = null!;
    public string Source
    {
        get;
        init
        {
            field = value;
            Sources = SourceList.Split(value);
        }
    } = "";

    /// <summary><see cref="Source"/> as a list, split once per row: every answer about the State shows it.</summary>
    public IReadOnlyList<string> Sources { get; private init; } = [];
}

/// <summary>A participant's name in one language, and its formal name in that language where known.</summary>
internal sealed record ParticipantName(string Name, string? FormalName);

/// <summary>A treaty action with everything a status, a participant's record and the change feed show of it.</summary>
internal sealed record ActionDbRow
{
    public string Instrument { get; init; } = "";
    public string Participant { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Date { get; init; }
    public string DatePrecision { get; init; } = "";
    public string? DateStart { get; init; }
    public string Reservations { get; init; } = "";
    public string Basis { get; init; } = "";
    public string Recorded { get; init; } = "";
    public string FeedId { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Notes { get; init; }

    /// <summary>The action as the status fold takes it.</summary>
    public TreatyAction ToAction() =>
        new(WireName.Parse<ActionKind>(Kind), PartialDate.Parse(Date), WireName.Parse<Recorded>(Reservations), Source, WireName.Parse<Basis>(Basis));
}

/// <summary>A row of the reservations table: a reservation, declaration, objection or territorial application.</summary>
internal sealed record StatementDbRow
{
    public long Id { get; init; }
    public string Instrument { get; init; } = "";
    public string Participant { get; init; } = "";
    public string Kind { get; init; } = "";
    public string? Occasion { get; init; }
    public string? Date { get; init; }
    public string DatePrecision { get; init; } = "";
    public string? Target { get; init; }
    public string? Heading { get; init; }
    public string? Text { get; init; }
    public string Basis { get; init; } = "";
    public string Source { get; init; } = "";
    public string? Notes { get; init; }

    /// <summary>The statement as the statement fold takes it.</summary>
    public TreatyStatement ToStatement() =>
        new(WireName.Parse<StatementKind>(Kind), Occasion is null ? null : WireName.Parse<ActionKind>(Occasion), PartialDate.Parse(Date));
}

/// <summary>A General Assembly resolution, with its titles in the languages the data has them in.</summary>
internal sealed record Resolution
{
    public string Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Adopted { get; init; } = "";

    /// <summary>Its titles; where the data has no English title, the symbol stands in for it.</summary>
    public Localized<ResolutionTitle> Titles { get; init; } = null!;
    public string? Session { get; init; }
    public string? Meeting { get; init; }
    public string? AgendaItem { get; init; }
    public string? CommitteeReport { get; init; }
    public string? Distributed { get; init; }
    public string? Recalls { get; init; }
    public string Source { get; init; } = "";
    public string? Notes { get; init; }
}

/// <summary>A resolution's title in one language, and how sure the data is of it.</summary>
internal sealed record ResolutionTitle(string Title, string? Confidence);

internal sealed record ParagraphDbRow
{
    public string Resolution { get; init; } = "";
    public long Paragraph { get; init; }
    public string Instrument { get; init; } = "";
    public string? Summary { get; init; }
    public string Source { get; init; } = "";
}

/// <summary>A row of the <c>map_shapes</c> table, as the catalog reads it.</summary>
internal sealed record MapShapeDbRow(string Kind, string? Participant, double? X, double? Y, double Area, string Bounds, string? Path, string? WorldPath);

/// <summary>A row of the <c>disagreements</c> table: where two sources differ, what the data kept and what it set aside.</summary>
internal sealed record DisagreementDbRow
{
    public string Instrument { get; init; } = "";
    public string? Participant { get; init; }
    public string Field { get; init; } = "";
    public string? KeptValue { get; init; }
    public string KeptSource { get; init; } = "";
    public string? OtherValue { get; init; }
    public string OtherSource { get; init; } = "";
}
