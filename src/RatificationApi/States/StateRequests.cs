using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;

namespace RatificationApi.States;

public sealed record StateListRequest(
    [property: FromQuery(Name = "region"), Description("Only participants in this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe, 014 Eastern Africa).")] string? Region,
    [property: FromQuery(Name = "unMember"), Description("true: only UN Member States; false: only the others.")] string? UnMember,
    [property: FromQuery(Name = "lang"), Description("Language of names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")] string? Lang);

public sealed record StateRequest(
    [property: FromRoute(Name = "code"), Description("ISO 3166-1 alpha-3 or alpha-2 code, in any case (EU for the European Union).")] string Code,
    [property: FromQuery(Name = "asOf"), Description("Report the status on this date (YYYY-MM-DD, not in the future) instead of today.")] string? AsOf,
    [property: FromQuery(Name = "lang"), Description("Language of names and titles: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")] string? Lang);

public sealed class StateListRequestValidator : AbstractValidator<StateListRequest>
{
    public StateListRequestValidator()
    {
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.UnMember).ValidBoolean("unMember");
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class StateRequestValidator : AbstractValidator<StateRequest>
{
    public StateRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Code).ValidStateCode();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
    }
}
