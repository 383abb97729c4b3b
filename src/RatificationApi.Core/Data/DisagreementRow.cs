using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>disagreements.csv</c>: a value on which two sources differ, the one kept and the other.</summary>
public sealed record DisagreementRow : DataRow, ICsvRow<DisagreementRow>
{
    public static string FileName => DataSetLoader.DisagreementsFile;

    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Field { get; init; }
    public required string KeptValue { get; init; }
    public required string KeptSource { get; init; }
    public required string OtherValue { get; init; }
    public required string OtherSource { get; init; }
    public required string Notes { get; init; }

    public static ClassMap<DisagreementRow> CreateMap() => new DisagreementRowMap();
}

/// <summary>The columns of <c>disagreements.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class DisagreementRowMap : ClassMap<DisagreementRow>
{
    public const string Instrument = "instrument";
    public const string Participant = "participant";
    public const string Field = "field";
    public const string KeptValue = "kept_value";
    public const string KeptSource = "kept_source";
    public const string OtherValue = "other_value";
    public const string OtherSource = "other_source";
    public const string Notes = "notes";

    public DisagreementRowMap()
    {
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Participant).Name(Participant);
        Map(r => r.Field).Name(Field);
        Map(r => r.KeptValue).Name(KeptValue);
        Map(r => r.KeptSource).Name(KeptSource);
        Map(r => r.OtherValue).Name(OtherValue);
        Map(r => r.OtherSource).Name(OtherSource);
        Map(r => r.Notes).Name(Notes);
    }
}
