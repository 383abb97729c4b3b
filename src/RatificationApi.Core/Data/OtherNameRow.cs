using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>
/// One row of <c>participant-other-names.csv</c>: a name a participant is also known by in one language (CLDR's
/// display name, or its variant or short form), besides the names of <c>participants.csv</c>. Written by
/// <c>src/participant-names/extract.mjs</c>, never by hand.
/// </summary>
public sealed record OtherNameRow : DataRow, ICsvRow<OtherNameRow>
{
    /// <summary>The kinds of name, as CLDR keys them: the display name (<c>XX</c>), <c>XX-alt-variant</c>, <c>XX-alt-short</c>.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["common", "variant", "short"];

    public static string FileName => DataSetLoader.OtherNamesFile;

    public required string Participant { get; init; }
    public required string Lang { get; init; }
    public required string Name { get; init; }
    public required string Kind { get; init; }
    public required string Source { get; init; }

    public static ClassMap<OtherNameRow> CreateMap() => new OtherNameRowMap();
}

/// <summary>The columns of <c>participant-other-names.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class OtherNameRowMap : ClassMap<OtherNameRow>
{
    public const string Participant = "participant";
    public const string Lang = "lang";
    public const string Name = "name";
    public const string Kind = "kind";
    public const string Source = "source";

    public OtherNameRowMap()
    {
        Map(r => r.Participant).Name(Participant);
        Map(r => r.Lang).Name(Lang);
        Map(r => r.Name).Name(Name);
        Map(r => r.Kind).Name(Kind);
        Map(r => r.Source).Name(Source);
    }
}
