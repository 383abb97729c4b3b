using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;

namespace RatificationApi.Instruments;

public sealed record ProgressRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromQuery(Name = "from"), Description("Start of the window (YYYY-MM-DD): participants already parties on this date are not listed. Default: 2008-12-18, the adoption of resolution 63/194.")]
    public string? From { get; init; }

    [FromQuery(Name = "to"), Description("End of the window (YYYY-MM-DD, not in the future, not before `from`). Default: today.")]
    public string? To { get; init; }

    [FromQuery(Name = "region"), Description(ParameterText.Region)]
    public string? Region { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed record TimelineRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromQuery(Name = "format"), Description(ParameterText.Format)]
    public string? Format { get; init; }
}

public sealed class ProgressRequestValidator : AbstractValidator<ProgressRequest>
{
    public ProgressRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.From).ValidPastDate("from", time);
        RuleFor(r => r.To).ValidPastDate("to", time);
        RuleFor(r => r.From)
            .Must((r, from) => !Dates.TryParseDay(from, out var f) || !Dates.TryParseDay(r.To ?? Dates.Iso(Dates.Today(time)), out var t) || f <= t)
            .WithMessage("'from' must not be after 'to'.")
            .OverridePropertyName("from");
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class TimelineRequestValidator : AbstractValidator<TimelineRequest>
{
    public TimelineRequestValidator()
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Format).ValidFormat();
    }
}
