using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>resolution-paragraphs.csv</c>: a paragraph of a resolution that concerns an instrument.</summary>
public sealed record ResolutionParagraphRow : DataRow, ICsvRow<ResolutionParagraphRow>
{
    public static string FileName => DataSetLoader.ResolutionParagraphsFile;

    public required string Resolution { get; init; }
    public required string Paragraph { get; init; }
    public required string Instrument { get; init; }
    public required string Summary { get; init; }
    public required string Source { get; init; }

    public static ClassMap<ResolutionParagraphRow> CreateMap() => new ResolutionParagraphRowMap();
}

/// <summary>The columns of <c>resolution-paragraphs.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ResolutionParagraphRowMap : ClassMap<ResolutionParagraphRow>
{
    public const string Resolution = "resolution";
    public const string Paragraph = "paragraph";
    public const string Instrument = "instrument";
    public const string Summary = "summary";
    public const string Source = "source";

    public ResolutionParagraphRowMap()
    {
        Map(r => r.Resolution).Name(Resolution);
        Map(r => r.Paragraph).Name(Paragraph);
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Summary).Name(Summary);
        Map(r => r.Source).Name(Source);
    }
}
