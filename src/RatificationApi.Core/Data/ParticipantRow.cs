using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>participants.csv</c>: a state or organization, its codes, UN membership, region and names.</summary>
public sealed record ParticipantRow : DataRow, ICsvRow<ParticipantRow>
{
    public static string FileName => DataSetLoader.ParticipantsFile;

    public required string Id { get; init; }
    public required string Iso3 { get; init; }
    public required string Iso2 { get; init; }
    public required string M49 { get; init; }
    public required string Kind { get; init; }
    public required string UnStatus { get; init; }
    public required string UnAdmissionDate { get; init; }
    public required string RegionCode { get; init; }
    public required string Region { get; init; }
    public required string SubregionCode { get; init; }
    public required string Subregion { get; init; }
    public required string IntermediateRegionCode { get; init; }
    public required string IntermediateRegion { get; init; }
    public required string NameAr { get; init; }
    public required string NameEn { get; init; }
    public required string NameEs { get; init; }
    public required string NameFr { get; init; }
    public required string NameRu { get; init; }
    public required string NameZh { get; init; }
    public required string FormalNameAr { get; init; }
    public required string FormalNameEn { get; init; }
    public required string FormalNameEs { get; init; }
    public required string FormalNameFr { get; init; }
    public required string FormalNameRu { get; init; }
    public required string FormalNameZh { get; init; }
    public required string Aliases { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    /// <summary>Short names by language (ar, en, es, fr, ru, zh); empty where unknown.</summary>
    public IReadOnlyDictionary<string, string> Names => ByLanguage(NameAr, NameEn, NameEs, NameFr, NameRu, NameZh);

    /// <summary>Formal names by language; empty where unknown.</summary>
    public IReadOnlyDictionary<string, string> FormalNames => ByLanguage(FormalNameAr, FormalNameEn, FormalNameEs, FormalNameFr, FormalNameRu, FormalNameZh);

    public static ClassMap<ParticipantRow> CreateMap() => new ParticipantRowMap();

    private static Dictionary<string, string> ByLanguage(params string[] names) =>
        Languages.All.Zip(names).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
}

/// <summary>The columns of <c>participants.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ParticipantRowMap : ClassMap<ParticipantRow>
{
    public const string Id = "id";
    public const string Iso3 = "iso3";
    public const string Iso2 = "iso2";
    public const string M49 = "m49";
    public const string Kind = "kind";
    public const string UnStatus = "un_status";
    public const string UnAdmissionDate = "un_admission_date";
    public const string RegionCode = "region_code";
    public const string Region = "region";
    public const string SubregionCode = "subregion_code";
    public const string Subregion = "subregion";
    public const string IntermediateRegionCode = "intermediate_region_code";
    public const string IntermediateRegion = "intermediate_region";
    public const string NameAr = "name_ar";
    public const string NameEn = "name_en";
    public const string NameEs = "name_es";
    public const string NameFr = "name_fr";
    public const string NameRu = "name_ru";
    public const string NameZh = "name_zh";
    public const string FormalNameAr = "formal_name_ar";
    public const string FormalNameEn = "formal_name_en";
    public const string FormalNameEs = "formal_name_es";
    public const string FormalNameFr = "formal_name_fr";
    public const string FormalNameRu = "formal_name_ru";
    public const string FormalNameZh = "formal_name_zh";
    public const string Aliases = "aliases";
    public const string Source = "source";
    public const string Notes = "notes";

    public ParticipantRowMap()
    {
        Map(r => r.Id).Name(Id);
        Map(r => r.Iso3).Name(Iso3);
        Map(r => r.Iso2).Name(Iso2);
        Map(r => r.M49).Name(M49);
        Map(r => r.Kind).Name(Kind);
        Map(r => r.UnStatus).Name(UnStatus);
        Map(r => r.UnAdmissionDate).Name(UnAdmissionDate);
        Map(r => r.RegionCode).Name(RegionCode);
        Map(r => r.Region).Name(Region);
        Map(r => r.SubregionCode).Name(SubregionCode);
        Map(r => r.Subregion).Name(Subregion);
        Map(r => r.IntermediateRegionCode).Name(IntermediateRegionCode);
        Map(r => r.IntermediateRegion).Name(IntermediateRegion);
        Map(r => r.NameAr).Name(NameAr);
        Map(r => r.NameEn).Name(NameEn);
        Map(r => r.NameEs).Name(NameEs);
        Map(r => r.NameFr).Name(NameFr);
        Map(r => r.NameRu).Name(NameRu);
        Map(r => r.NameZh).Name(NameZh);
        Map(r => r.FormalNameAr).Name(FormalNameAr);
        Map(r => r.FormalNameEn).Name(FormalNameEn);
        Map(r => r.FormalNameEs).Name(FormalNameEs);
        Map(r => r.FormalNameFr).Name(FormalNameFr);
        Map(r => r.FormalNameRu).Name(FormalNameRu);
        Map(r => r.FormalNameZh).Name(FormalNameZh);
        Map(r => r.Aliases).Name(Aliases);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}
