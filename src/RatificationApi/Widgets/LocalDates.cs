using System.Globalization;
using RatificationApi.Domain;

namespace RatificationApi.Widgets;

/// <summary>
/// Dates written as a reader of each UN language expects them, with the precision the data has.
/// </summary>
/// <remarks>
/// The project runs with <c>InvariantGlobalization</c>: there is no ICU, so <c>new CultureInfo("fr")</c>
/// either throws or hands back invariant data, and the month names would silently be English. The month
/// names are therefore kept here, in the forms UN documents use: Arabic gives both the Syriac and the
/// Western name ("كانون الأول/ديسمبر") with Western digits, Russian puts the month in the genitive after a
/// day or "с", French writes the first of the month "1er". Only digits 0–9 are used.
/// </remarks>
internal static class LocalDates
{
    private static readonly Dictionary<string, string[]> Months = new(StringComparer.Ordinal)
    {
        ["ar"] = ["كانون الثاني/يناير", "شباط/فبراير", "آذار/مارس", "نيسان/أبريل", "أيار/مايو", "حزيران/يونيه", "تموز/يوليه", "آب/أغسطس", "أيلول/سبتمبر", "تشرين الأول/أكتوبر", "تشرين الثاني/نوفمبر", "كانون الأول/ديسمبر"],
        ["en"] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        ["es"] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
        ["fr"] = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
        ["ru"] = ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    };

    private static readonly string[] RussianGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    /// <summary>A calendar day: "14 December 1983", "14 décembre 1983", "1983年12月14日"…</summary>
    public static string Day(DateOnly day, string lang) => lang switch
    {
        "zh" => Invariant($"{day.Year}年{day.Month}月{day.Day}日"),
        "ru" => Invariant($"{day.Day} {RussianGenitive[day.Month - 1]} {day.Year} г."),
        "es" => Invariant($"{day.Day} de {Months["es"][day.Month - 1]} de {day.Year}"),
        "fr" => Invariant($"{(day.Day == 1 ? "1er" : day.Day.ToString(CultureInfo.InvariantCulture))} {Months["fr"][day.Month - 1]} {day.Year}"),
        _ => Invariant($"{day.Day} {MonthNames(lang)[day.Month - 1]} {day.Year}"),
    };

    /// <summary>A date with the precision the sources give (a day, a month or a year); null when undated.</summary>
    public static string? Of(PartialDate date, string lang) => date.Precision switch
    {
        DatePrecision.Day => Day(date.Start!.Value, lang),
        DatePrecision.Month => Month(date.Start!.Value, lang, afterSince: false),
        DatePrecision.Year => Year(date.Start!.Value.Year, lang),
        _ => null,
    };

    /// <summary>"since 14 December 1983", "depuis le 14 décembre 1983", "с декабря 1983 г.", "自1983年12月14日起"…; null when undated.</summary>
    public static string? Since(PartialDate date, string lang)
    {
        if (date.Precision == DatePrecision.Unknown)
        {
            return null;
        }

        var day = date.Precision == DatePrecision.Day;
        var text = date.Precision == DatePrecision.Month ? Month(date.Start!.Value, lang, afterSince: true) : Of(date, lang)!;
        return lang switch
        {
            "ar" => $"منذ {text}",
            "es" => day ? $"desde el {text}" : $"desde {text}",
            "fr" => day ? $"depuis le {text}" : $"depuis {text}",
            "ru" => $"с {text}",
            "zh" => $"自{text}起",
            _ => $"since {text}",
        };
    }

    private static string Month(DateOnly month, string lang, bool afterSince) => lang switch
    {
        "zh" => Invariant($"{month.Year}年{month.Month}月"),
        "ru" => Invariant($"{(afterSince ? RussianGenitive : Months["ru"])[month.Month - 1]} {month.Year} г."),
        "es" => Invariant($"{Months["es"][month.Month - 1]} de {month.Year}"),
        _ => Invariant($"{MonthNames(lang)[month.Month - 1]} {month.Year}"),
    };

    private static string Year(int year, string lang) => lang switch
    {
        "zh" => Invariant($"{year}年"),
        "ru" => Invariant($"{year} г."),
        _ => year.ToString(CultureInfo.InvariantCulture),
    };

    private static string[] MonthNames(string lang) => Months.TryGetValue(lang, out var names) ? names : Months["en"];

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
