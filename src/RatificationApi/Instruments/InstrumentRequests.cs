using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Statuses;

namespace RatificationApi.Instruments;

public sealed record InstrumentListRequest(
    [property: FromQuery(Name = "lang"), Description("Language of titles: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")] string? Lang);

public sealed record InstrumentRequest(
    [property: FromRoute(Name = "id"), Description("The instrument's id (untoc, trafficking-protocol, opsc, cedaw, slavery-convention-1956) or its MTDSG number (e.g. XVIII-12-a), in any case.")] string Id,
    [property: FromQuery(Name = "lang"), Description("Language of titles and names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")] string? Lang);

public sealed record ParticipantsRequest(
    [property: FromRoute(Name = "id"), Description("The instrument's id or MTDSG number, in any case.")] string Id,
    [property: FromQuery(Name = "status"), Description("Only participants with this status: party, signatory or withdrawn.")] string? Status,
    [property: FromQuery(Name = "lang"), Description("Language of names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")] string? Lang);

public sealed class InstrumentListRequestValidator : AbstractValidator<InstrumentListRequest>
{
    public InstrumentListRequestValidator() => RuleFor(r => r.Lang).ValidLanguage();
}

public sealed class InstrumentRequestValidator : AbstractValidator<InstrumentRequest>
{
    public InstrumentRequestValidator()
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class ParticipantsRequestValidator : AbstractValidator<ParticipantsRequest>
{
    internal static readonly string[] Statuses = ["party", "signatory", "withdrawn"];

    public ParticipantsRequestValidator()
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage((_, s) => $"'status' must be one of: {string.Join(", ", Statuses)} (got '{s}').")
            .OverridePropertyName("status");
    }
}
