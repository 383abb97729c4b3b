using System.ComponentModel;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Domain;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

internal static class ParameterText
{
    public const string Lang = "Language of names and titles: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.";
    public const string Id = "The instrument's id (untoc, trafficking-protocol, opsc, cedaw, slavery-convention-1956) or its MTDSG number (e.g. XVIII-12-a), in any case.";
    public const string AsOf = "Report the status on this date (YYYY-MM-DD, not in the future) instead of today. Before an instrument's adoption it simply has no participants.";
    public const string Region = "Only participants in this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe, 014 Eastern Africa).";
    public const string Format = "Response format: json (default) or csv. Accept: text/csv also selects CSV.";
}

public sealed record InstrumentListRequest
{
    [FromQuery(Name = "asOf"), Description(ParameterText.AsOf)]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed record InstrumentRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromQuery(Name = "asOf"), Description(ParameterText.AsOf)]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed record ParticipantsRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromQuery(Name = "status"), SchemaValues<ParticipantsRequestValidator>, Description("Only participants with this status: party, signatory or withdrawn.")]
    public string? Status { get; init; }

    [FromQuery(Name = "region"), Description(ParameterText.Region)]
    public string? Region { get; init; }

    [FromQuery(Name = "asOf"), Description(ParameterText.AsOf)]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed record InstrumentParticipantRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromRoute(Name = "code"), Description("The participant: ISO 3166-1 alpha-3 or alpha-2 code, in any case (EU for the European Union).")]
    public required string Code { get; init; }

    [FromQuery(Name = "asOf"), Description(ParameterText.AsOf + " The lists then hold only what is known to have happened by that date.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed record GapsRequest
{
    [FromRoute(Name = "id"), Description(ParameterText.Id)]
    public required string Id { get; init; }

    [FromQuery(Name = "region"), Description(ParameterText.Region)]
    public string? Region { get; init; }

    [FromQuery(Name = "groupBy"), SchemaValues<GapsRequestValidator>, Description("Group the gaps by UN M49 region or subregion: region or subregion.")]
    public string? GroupBy { get; init; }

    [FromQuery(Name = "asOf"), Description(ParameterText.AsOf + " Only States that were UN Members on that date are counted.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description(ParameterText.Lang)]
    public string? Lang { get; init; }
}

public sealed class InstrumentListRequestValidator : AbstractValidator<InstrumentListRequest>
{
    public InstrumentListRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class InstrumentRequestValidator : AbstractValidator<InstrumentRequest>
{
    public InstrumentRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class ParticipantsRequestValidator : AbstractValidator<ParticipantsRequest>, IParameterValues
{
    // A participant list holds only those that signed or joined: "none" is no filter it can answer.
    internal static readonly string[] Statuses = [TreatyStatus.Party.ToName(), TreatyStatus.Signatory.ToName(), TreatyStatus.Withdrawn.ToName()];

    static IEnumerable<string> IParameterValues.Values => Statuses;

    public ParticipantsRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.Status).Must(s => s is null || Statuses.Contains(s, StringComparer.Ordinal))
            .WithMessage((_, s) => $"'status' must be one of: {string.Join(", ", Statuses)} (got '{s}').")
            .OverridePropertyName("status");
    }
}

public sealed class InstrumentParticipantRequestValidator : AbstractValidator<InstrumentParticipantRequest>
{
    public InstrumentParticipantRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Code).ValidStateCode();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class GapsRequestValidator : AbstractValidator<GapsRequest>, IParameterValues
{
    static IEnumerable<string> IParameterValues.Values => GapGroupings.Names;

    public GapsRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Id).ValidInstrumentId();
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
        RuleFor(r => r.GroupBy).Must(g => g is null || GapGroupings.Names.Contains(g, StringComparer.Ordinal))
            .WithMessage((_, g) => $"'groupBy' must be one of: {string.Join(", ", GapGroupings.Names)} (got '{g}').")
            .OverridePropertyName("groupBy");
    }
}
