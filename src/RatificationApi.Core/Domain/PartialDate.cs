using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// How much of a date the sources give: <c>day</c>, <c>month</c>, <c>year</c>, or <c>unknown</c> (no source gives a date).
/// A date known only to the month or year is never given an invented day.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("day")]
    Day,
    [JsonStringEnumMemberName("month")]
    Month,
    [JsonStringEnumMemberName("year")]
    Year,
    [JsonStringEnumMemberName("unknown")]
    Unknown,
}

/// <summary>
/// A date that a source may give only to the month or the year, or not at all. It is kept as the
/// interval of days it may stand for, so that a fold can say "certainly before", "certainly after"
/// or "cannot tell" instead of inventing a day.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(DatePrecision precision, DateOnly? start, DateOnly? end)
    {
        Precision = precision;
        Start = start;
        End = end;
    }

    public static PartialDate Unknown { get; } = new(DatePrecision.Unknown, null, null);

    public DatePrecision Precision { get; }

    /// <summary>The first day the date may stand for; null when unknown.</summary>
    public DateOnly? Start { get; }

    /// <summary>The last day the date may stand for; null when unknown.</summary>
    public DateOnly? End { get; }

    public bool IsExact => Precision == DatePrecision.Day;

    public static PartialDate FromDay(DateOnly day) => new(DatePrecision.Day, day, day);

    /// <summary>Parses <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or an empty string (unknown).</summary>
    public static bool TryParse(string? text, out PartialDate date)
    {
        date = Unknown;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        switch (text.Length)
        {
            case 10 when IsoDate.ParseDay(text) is { } day:
                date = FromDay(day);
                return true;
            case 7 when IsoDate.ParseDay(text + "-01") is { } month:
                date = new PartialDate(DatePrecision.Month, month, month.AddMonths(1).AddDays(-1));
                return true;
            case 4 when IsoDate.ParseDay(text + "-01-01") is { } year:
                date = new PartialDate(DatePrecision.Year, year, year.AddYears(1).AddDays(-1));
                return true;
            default:
                return false;
        }
    }

    public static PartialDate Parse(string? text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not YYYY-MM-DD, YYYY-MM, YYYY or empty.");

    /// <summary>The date as the sources give it: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, or null.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day => IsoDate.Format(Start!.Value),
        DatePrecision.Month => IsoDate.FormatMonth(Start!.Value),
        DatePrecision.Year => IsoDate.FormatYear(Start!.Value),
        _ => null,
    };

    public override string ToString() => ToIsoString() ?? "undated";

    /// <summary>Whether this date is certainly on or before <paramref name="day"/>, certainly after it, or either.</summary>
    public Certainty IsOnOrBefore(DateOnly day)
    {
        if (Precision == DatePrecision.Unknown)
        {
            return Certainty.Maybe;
        }

        if (End!.Value <= day)
        {
            return Certainty.Yes;
        }

        return Start!.Value > day ? Certainty.No : Certainty.Maybe;
    }

    /// <summary>
    /// Orders dates by what is known of them; compares two dates only as far as both are known.
    /// Returns null when the order cannot be told.
    /// </summary>
    public static int? CompareKnown(PartialDate a, PartialDate b)
    {
        if (a.Precision == DatePrecision.Unknown || b.Precision == DatePrecision.Unknown)
        {
            return null;
        }

        if (a.End!.Value < b.Start!.Value)
        {
            return -1;
        }

        if (a.Start!.Value > b.End!.Value)
        {
            return 1;
        }

        return a.IsExact && b.IsExact ? 0 : null;
    }
}

/// <summary>A three-valued answer for questions that undated or partly dated facts cannot settle.</summary>
public enum Certainty
{
    No,
    Maybe,
    Yes,
}
