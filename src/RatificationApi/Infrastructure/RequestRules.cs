using FluentValidation;
using RatificationApi.Data;

namespace RatificationApi.Infrastructure;

/// <summary>The parameter rules shared by several endpoints, each with a message that names the parameter and what it allows.</summary>
public static class RequestRules
{
    public static IRuleBuilderOptions<T, string?> ValidLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(lang => lang is null || Languages.IsSupported(lang))
            .WithMessage((_, lang) => $"'lang' must be one of: {string.Join(", ", Languages.All)} (got '{lang}').")
            .OverridePropertyName("lang");

    public static IRuleBuilderOptions<T, string> ValidStateCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches("^[A-Za-z]{2,3}$")
            .WithMessage("'code' must be an ISO 3166-1 alpha-3 or alpha-2 code of two or three letters, such as FRA or FR (EU for the European Union).")
            .OverridePropertyName("code");

    public static IRuleBuilderOptions<T, string> ValidInstrumentId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches("^[A-Za-z0-9-]{1,40}$")
            .WithMessage("'id' must be an instrument id such as 'cedaw' or 'trafficking-protocol', or an MTDSG number such as 'XVIII-12-a' (letters, digits and '-').")
            .OverridePropertyName("id");

    public static IRuleBuilderOptions<T, string?> ValidRegion<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches("^[0-9]{3}$")
            .WithMessage("'region' must be a three-digit UN M49 region, sub-region or intermediate-region code, such as 002 (Africa), 150 (Europe) or 014 (Eastern Africa).")
            .OverridePropertyName("region");

    public static IRuleBuilderOptions<T, string?> ValidBoolean<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(value => value is null or "true" or "false")
            .WithMessage($"'{name}' must be 'true' or 'false'.")
            .OverridePropertyName(name);
}
