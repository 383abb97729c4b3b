using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>One row of <c>reservations.csv</c>: a reservation, declaration, objection or territorial application.</summary>
public sealed record ReservationRow : DataRow, ICsvRow<ReservationRow>
{
    public static string FileName => DataSetLoader.ReservationsFile;

    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Kind { get; init; }
    public required string Occasion { get; init; }
    public required string Date { get; init; }
    public required string Target { get; init; }
    public required string Heading { get; init; }
    public required string Text { get; init; }
    public required string Basis { get; init; }
    public required string Recorded { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    /// <summary>What makes a statement itself; two rows with the same key say the same thing twice.</summary>
    public string Key => string.Join('\u001f', Instrument, Participant, Kind, Occasion, Date, Target, Text);

    public static ClassMap<ReservationRow> CreateMap() => new ReservationRowMap();
}

/// <summary>The columns of <c>reservations.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ReservationRowMap : ClassMap<ReservationRow>
{
    public const string Instrument = "instrument";
    public const string Participant = "participant";
    public const string Kind = "kind";
    public const string Occasion = "occasion";
    public const string Date = "date";
    public const string Target = "target";
    public const string Heading = "heading";
    public const string Text = "text";
    public const string Basis = "basis";
    public const string Recorded = "recorded";
    public const string Source = "source";
    public const string Notes = "notes";

    public ReservationRowMap()
    {
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Participant).Name(Participant);
        Map(r => r.Kind).Name(Kind);
        Map(r => r.Occasion).Name(Occasion);
        Map(r => r.Date).Name(Date);
        Map(r => r.Target).Name(Target);
        Map(r => r.Heading).Name(Heading);
        Map(r => r.Text).Name(Text);
        Map(r => r.Basis).Name(Basis);
        Map(r => r.Recorded).Name(Recorded);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}
