using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>instrument-titles.csv</c>: an instrument's title in one language.</summary>
public sealed record TitleRow : DataRow, ICsvRow<TitleRow>
{
    public static string FileName => DataSetLoader.TitlesFile;

    public required string Instrument { get; init; }
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Confidence { get; init; }
    public required string Source { get; init; }

    public static ClassMap<TitleRow> CreateMap() => new TitleRowMap();
}

/// <summary>The columns of <c>instrument-titles.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class TitleRowMap : ClassMap<TitleRow>
{
    public const string Instrument = "instrument";
    public const string Lang = "lang";
    public const string Title = "title";
    public const string Confidence = "confidence";
    public const string Source = "source";

    public TitleRowMap()
    {
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Lang).Name(Lang);
        Map(r => r.Title).Name(Title);
        Map(r => r.Confidence).Name(Confidence);
        Map(r => r.Source).Name(Source);
    }
}
