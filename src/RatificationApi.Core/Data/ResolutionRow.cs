using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>resolutions.csv</c>: a General Assembly resolution.</summary>
public sealed record ResolutionRow : DataRow, ICsvRow<ResolutionRow>
{
    public static string FileName => DataSetLoader.ResolutionsFile;

    public required string Id { get; init; }
    public required string Symbol { get; init; }
    public required string Adopted { get; init; }
    public required string Session { get; init; }
    public required string Meeting { get; init; }
    public required string AgendaItem { get; init; }
    public required string CommitteeReport { get; init; }
    public required string Distributed { get; init; }
    public required string Recalls { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    public static ClassMap<ResolutionRow> CreateMap() => new ResolutionRowMap();
}

/// <summary>The columns of <c>resolutions.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ResolutionRowMap : ClassMap<ResolutionRow>
{
    public const string Id = "id";
    public const string Symbol = "symbol";
    public const string Adopted = "adopted";
    public const string Session = "session";
    public const string Meeting = "meeting";
    public const string AgendaItem = "agenda_item";
    public const string CommitteeReport = "committee_report";
    public const string Distributed = "distributed";
    public const string Recalls = "recalls";
    public const string Source = "source";
    public const string Notes = "notes";

    public ResolutionRowMap()
    {
        Map(r => r.Id).Name(Id);
        Map(r => r.Symbol).Name(Symbol);
        Map(r => r.Adopted).Name(Adopted);
        Map(r => r.Session).Name(Session);
        Map(r => r.Meeting).Name(Meeting);
        Map(r => r.AgendaItem).Name(AgendaItem);
        Map(r => r.CommitteeReport).Name(CommitteeReport);
        Map(r => r.Distributed).Name(Distributed);
        Map(r => r.Recalls).Name(Recalls);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}
