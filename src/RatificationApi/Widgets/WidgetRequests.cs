using System.ComponentModel;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;

namespace RatificationApi.Widgets;

internal static class WidgetParameterText
{
    public const string Lang = "Language of the widget: ar, en, es, fr, ru or zh (Arabic is laid out right to left). Overrides Accept-Language; English by default. Names missing in a language (the European Union) are shown in English, marked as such.";
    public const string Theme = "Colour theme: light (default) or dark. Both meet WCAG AA contrast.";
    public const string Compact = "true: one short line per instrument, no titles; false (default): titles and details.";
    public const string Code = "ISO 3166-1 alpha-3 or alpha-2 code, in any case (EU for the European Union).";
    public const string Instrument = "The instrument's id (untoc, trafficking-protocol, opsc, cedaw, slavery-convention-1956) or its MTDSG number (e.g. XVIII-12-a), in any case.";
    public const string Instruments = "Only these instruments, comma-separated ids or MTDSG numbers (e.g. cedaw,untoc); all five by default. Shown in the usual order.";
}

public sealed record StateWidgetRequest
{
    [FromRoute(Name = "code"), Description(WidgetParameterText.Code)]
    public required string Code { get; init; }

    [FromQuery(Name = "lang"), Description(WidgetParameterText.Lang)]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }

    [FromQuery(Name = "instruments"), SchemaPattern("^[A-Za-z0-9-]{1,40}(,[A-Za-z0-9-]{1,40})*$", MaxLength = 200), Description(WidgetParameterText.Instruments)]
    public string? Instruments { get; init; }

    [FromQuery(Name = "compact"), Description(WidgetParameterText.Compact)]
    public string? Compact { get; init; }
}

public sealed record InstrumentWidgetRequest
{
    [FromRoute(Name = "id"), Description(WidgetParameterText.Instrument)]
    public required string Id { get; init; }

    [FromQuery(Name = "lang"), Description(WidgetParameterText.Lang)]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }

    [FromQuery(Name = "compact"), Description("true: the counts and the share of UN Member States only; false (default): also the chart of growth over time.")]
    public string? Compact { get; init; }
}

public sealed record BadgeRequest
{
    [FromRoute(Name = "id"), Description(WidgetParameterText.Instrument)]
    public required string Instrument { get; init; }

    [FromRoute(Name = "code"), Description(WidgetParameterText.Code)]
    public required string Code { get; init; }

    [FromQuery(Name = "lang"), Description("Language of the status text: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default. The label is the instrument's short name in that language where a source gives one, else the English one.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }
}

public sealed record EmbedPageRequest
{
    [FromQuery(Name = "state"), SchemaPattern(WidgetRules.OptionalStateCode), Description("The State to preview a widget for: ISO 3166-1 alpha-3 or alpha-2 code, in any case (EU for the European Union).")]
    public string? State { get; init; }

    [FromQuery(Name = "instrument"), SchemaPattern(WidgetRules.OptionalInstrumentId), Description("The instrument to preview a widget for: id or MTDSG number. With a State as well, a badge is offered too.")]
    public string? Instrument { get; init; }

    [FromQuery(Name = "lang"), Description("Language of the page and of the widgets previewed: ar, en, es, fr, ru or zh (Arabic is laid out right to left). Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }

    [FromQuery(Name = "theme"), SchemaValues<Palette>, Description(WidgetParameterText.Theme)]
    public string? Theme { get; init; }

    [FromQuery(Name = "compact"), Description("true: preview the compact widgets.")]
    public string? Compact { get; init; }
}

public sealed record TimelineChartRequest
{
    [FromRoute(Name = "id"), Description(WidgetParameterText.Instrument)]
    public required string Id { get; init; }

    [FromQuery(Name = "lang"), Description("Language of the chart's title and labels: ar, en, es, fr, ru or zh.")]
    public string? Lang { get; init; }
}

internal static partial class WidgetRules
{
    // Empty is allowed: the embed page's form sends "state=" when no State is chosen.
    public const string OptionalStateCode = "^([A-Za-z]{2,3})?$";
    public const string OptionalInstrumentId = "^([A-Za-z0-9-]{1,40})?$";

    /// <summary>A comma-separated list of instrument ids or MTDSG numbers; whether each exists is the data's question.</summary>
    public static IRuleBuilderOptions<T, string?> ValidInstrumentList<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(list => list is null || (list.Length <= 200 && list.Split(',').All(id => id.Length is > 0 and <= 40 && id.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))))
            .WithMessage((_, list) => $"'instruments' must be a comma-separated list of instrument ids or MTDSG numbers, such as 'cedaw,untoc' (got '{list}').")
            .OverridePropertyName("instruments");

    public static IRuleBuilderOptions<T, string?> ValidTheme<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(theme => theme is null || Palette.Themes.Contains(theme, StringComparer.Ordinal))
            .WithMessage((_, theme) => $"'theme' must be one of: {string.Join(", ", Palette.Themes)} (got '{theme}').")
            .OverridePropertyName("theme");

    public static IRuleBuilderOptions<T, string?> ValidOptionalStateCode<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Matches(OptionalStateCodePattern())
            .WithMessage($"'{name}' must be an ISO 3166-1 alpha-3 or alpha-2 code of two or three letters, such as FRA or FR (EU for the European Union).")
            .OverridePropertyName(name);

    public static IRuleBuilderOptions<T, string?> ValidOptionalInstrumentId<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Matches(OptionalInstrumentIdPattern())
            .WithMessage($"'{name}' must be an instrument id such as 'cedaw' or 'trafficking-protocol', or an MTDSG number such as 'XVIII-12-a' (letters, digits and '-').")
            .OverridePropertyName(name);

    [GeneratedRegex(OptionalStateCode, RegexOptions.CultureInvariant)]
    private static partial Regex OptionalStateCodePattern();

    [GeneratedRegex(OptionalInstrumentId, RegexOptions.CultureInvariant)]
    private static partial Regex OptionalInstrumentIdPattern();
}

public sealed class StateWidgetRequestValidator : AbstractValidator<StateWidgetRequest>
{
    public StateWidgetRequestValidator()
    {
        RuleFor(r => r.Code).ValidStateCode();
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
        RuleFor(r => r.Instruments).ValidInstrumentList();
        RuleFor(r => r.Compact).ValidBoolean("compact");
    }
}

public sealed class InstrumentWidgetRequestValidator : AbstractValidator<InstrumentWidgetRequest>
{
    public InstrumentWidgetRequestValidator()
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
        RuleFor(r => r.Compact).ValidBoolean("compact");
    }
}

public sealed class BadgeRequestValidator : AbstractValidator<BadgeRequest>
{
    public BadgeRequestValidator()
    {
        RuleFor(r => r.Instrument).ValidInstrumentId();
        RuleFor(r => r.Code).ValidStateCode();
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
    }
}

public sealed class EmbedPageRequestValidator : AbstractValidator<EmbedPageRequest>
{
    public EmbedPageRequestValidator()
    {
        RuleFor(r => r.State).ValidOptionalStateCode("state");
        RuleFor(r => r.Instrument).ValidOptionalInstrumentId("instrument");
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Theme).ValidTheme();
        RuleFor(r => r.Compact).ValidBoolean("compact");
    }
}

public sealed class TimelineChartRequestValidator : AbstractValidator<TimelineChartRequest>
{
    public TimelineChartRequestValidator()
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Lang).ValidLanguage();
    }
}
