using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>instruments.csv</c>: a treaty or protocol, its adoption, entry into force, registration and how complete its data is.</summary>
public sealed record InstrumentRow : DataRow, ICsvRow<InstrumentRow>
{
    public static string FileName => DataSetLoader.InstrumentsFile;

    public required string Id { get; init; }
    public required string ShortName { get; init; }
    public required string Mtdsg { get; init; }
    public required string Chapter { get; init; }
    public required string Parent { get; init; }
    public required string ParentReference { get; init; }
    public required string Adopted { get; init; }
    public required string AdoptionPlace { get; init; }
    public required string AdoptedBy { get; init; }
    public required string OpenedForSignature { get; init; }
    public required string EntryIntoForce { get; init; }
    public required string EifArticle { get; init; }
    public required string EifOffset { get; init; }
    public required string EifRuleBasis { get; init; }
    public required string EifRuleText { get; init; }
    public required string UntsVolume { get; init; }
    public required string UntsPage { get; init; }
    public required string UntsRegistrationNo { get; init; }
    public required string UntsRegistrationDate { get; init; }
    public required string CompleteAsAt { get; init; }
    public required string CompleteAsAtSource { get; init; }
    public required string StatedSignatories { get; init; }
    public required string StatedParties { get; init; }
    public required string StatedAsAt { get; init; }
    public required string StatedSource { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    public static ClassMap<InstrumentRow> CreateMap() => new InstrumentRowMap();
}

/// <summary>The columns of <c>instruments.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class InstrumentRowMap : ClassMap<InstrumentRow>
{
    public const string Id = "id";
    public const string ShortName = "short_name";
    public const string Mtdsg = "mtdsg";
    public const string Chapter = "chapter";
    public const string Parent = "parent";
    public const string ParentReference = "parent_reference";
    public const string Adopted = "adopted";
    public const string AdoptionPlace = "adoption_place";
    public const string AdoptedBy = "adopted_by";
    public const string OpenedForSignature = "opened_for_signature";
    public const string EntryIntoForce = "entry_into_force";
    public const string EifArticle = "eif_article";
    public const string EifOffset = "eif_offset";
    public const string EifRuleBasis = "eif_rule_basis";
    public const string EifRuleText = "eif_rule_text";
    public const string UntsVolume = "unts_volume";
    public const string UntsPage = "unts_page";
    public const string UntsRegistrationNo = "unts_registration_no";
    public const string UntsRegistrationDate = "unts_registration_date";
    public const string CompleteAsAt = "complete_as_at";
    public const string CompleteAsAtSource = "complete_as_at_source";
    public const string StatedSignatories = "stated_signatories";
    public const string StatedParties = "stated_parties";
    public const string StatedAsAt = "stated_as_at";
    public const string StatedSource = "stated_source";
    public const string Source = "source";
    public const string Notes = "notes";

    public InstrumentRowMap()
    {
        Map(r => r.Id).Name(Id);
        Map(r => r.ShortName).Name(ShortName);
        Map(r => r.Mtdsg).Name(Mtdsg);
        Map(r => r.Chapter).Name(Chapter);
        Map(r => r.Parent).Name(Parent);
        Map(r => r.ParentReference).Name(ParentReference);
        Map(r => r.Adopted).Name(Adopted);
        Map(r => r.AdoptionPlace).Name(AdoptionPlace);
        Map(r => r.AdoptedBy).Name(AdoptedBy);
        Map(r => r.OpenedForSignature).Name(OpenedForSignature);
        Map(r => r.EntryIntoForce).Name(EntryIntoForce);
        Map(r => r.EifArticle).Name(EifArticle);
        Map(r => r.EifOffset).Name(EifOffset);
        Map(r => r.EifRuleBasis).Name(EifRuleBasis);
        Map(r => r.EifRuleText).Name(EifRuleText);
        Map(r => r.UntsVolume).Name(UntsVolume);
        Map(r => r.UntsPage).Name(UntsPage);
        Map(r => r.UntsRegistrationNo).Name(UntsRegistrationNo);
        Map(r => r.UntsRegistrationDate).Name(UntsRegistrationDate);
        Map(r => r.CompleteAsAt).Name(CompleteAsAt);
        Map(r => r.CompleteAsAtSource).Name(CompleteAsAtSource);
        Map(r => r.StatedSignatories).Name(StatedSignatories);
        Map(r => r.StatedParties).Name(StatedParties);
        Map(r => r.StatedAsAt).Name(StatedAsAt);
        Map(r => r.StatedSource).Name(StatedSource);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}
