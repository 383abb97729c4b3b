using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>actions.csv</c>: a participant's signature, consent, succession or denunciation of an instrument.</summary>
public sealed record ActionRow : DataRow, ICsvRow<ActionRow>
{
    public static string FileName => DataSetLoader.ActionsFile;

    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Kind { get; init; }
    public required string Date { get; init; }
    public required string Reservations { get; init; }
    public required string Basis { get; init; }
    public required string Exception { get; init; }
    public required string Recorded { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    /// <summary>Instrument, participant, kind and date: the identity of an action (data/README.md forbids duplicates).</summary>
    public (string Instrument, string Participant, string Kind, string Date) Key => (Instrument, Participant, Kind, Date);

    public static ClassMap<ActionRow> CreateMap() => new ActionRowMap();
}

/// <summary>The columns of <c>actions.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ActionRowMap : ClassMap<ActionRow>
{
    public const string Instrument = "instrument";
    public const string Participant = "participant";
    public const string Kind = "kind";
    public const string Date = "date";
    public const string Reservations = "reservations";
    public const string Basis = "basis";
    public const string Exception = "exception";
    public const string Recorded = "recorded";
    public const string Source = "source";
    public const string Notes = "notes";

    public ActionRowMap()
    {
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Participant).Name(Participant);
        Map(r => r.Kind).Name(Kind);
        Map(r => r.Date).Name(Date);
        Map(r => r.Reservations).Name(Reservations);
        Map(r => r.Basis).Name(Basis);
        Map(r => r.Exception).Name(Exception);
        Map(r => r.Recorded).Name(Recorded);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}
