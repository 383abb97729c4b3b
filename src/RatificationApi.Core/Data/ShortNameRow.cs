using CsvHelper.Configuration;
using FluentValidation;

namespace RatificationApi.Data;

/// <summary>
/// One row of <c>instrument-short-names.csv</c>: an instrument's short name in a language other than English, where a
/// source gives one. The English short names stay in <c>instruments.csv</c>, so each has one place.
/// </summary>
public sealed record ShortNameRow : DataRow, ICsvRow<ShortNameRow>
{
    public static string FileName => DataSetLoader.ShortNamesFile;

    public required string Instrument { get; init; }
    public required string Lang { get; init; }
    public required string ShortName { get; init; }
    public required string Confidence { get; init; }
    public required string Source { get; init; }
    public string Notes { get; init; } = string.Empty;

    public static ClassMap<ShortNameRow> CreateMap() => new ShortNameRowMap();
}

/// <summary>The columns of <c>instrument-short-names.csv</c>, in their order in the file: the one place each column's name is spelled.</summary>
public sealed class ShortNameRowMap : ClassMap<ShortNameRow>
{
    public const string Instrument = "instrument";
    public const string Lang = "lang";
    public const string ShortName = "short_name";
    public const string Confidence = "confidence";
    public const string Source = "source";
    public const string Notes = "notes";

    public ShortNameRowMap()
    {
        Map(r => r.Instrument).Name(Instrument);
        Map(r => r.Lang).Name(Lang);
        Map(r => r.ShortName).Name(ShortName);
        Map(r => r.Confidence).Name(Confidence);
        Map(r => r.Source).Name(Source);
        Map(r => r.Notes).Name(Notes);
    }
}

internal sealed class ShortNameRowValidator : AbstractValidator<ShortNameRow>
{
    public ShortNameRowValidator(IReadOnlySet<string> instrumentIds)
    {
        RuleFor(r => r.Instrument).Must(instrumentIds.Contains).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(instrumentIds)}.");
        RuleFor(r => r.Lang).Must(l => Languages.IsSupported(l) && l != Languages.Default).WithErrorCode("unknown-language")
            .WithMessage(r => $"Language '{r.Lang}' is not allowed here; allowed: {DataRules.List(Languages.All.Where(l => l != Languages.Default))} (the English short name is in instruments.csv).");
        RuleFor(r => r.ShortName).NotEmpty().WithErrorCode("missing-field").WithMessage($"{ShortNameRowMap.ShortName} is required.");
        RuleFor(r => r.Confidence).Must(c => c is "official" or "secondary").WithErrorCode("invalid-confidence")
            .WithMessage(r => $"{ShortNameRowMap.Confidence} '{r.Confidence}' must be 'official' or 'secondary'.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}
