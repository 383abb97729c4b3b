using System.Text.RegularExpressions;
using FluentValidation;
using RatificationApi.Data;

namespace RatificationApi.Infrastructure;

/// <summary>
/// The parameter rules shared by several endpoints, each with a message that names the parameter and what it allows.
/// Patterns are source-generated: they run on every request, and cannot backtrack, so they need no timeout.
/// </summary>
public static partial class RequestRules
{
    public static IRuleBuilderOptions<T, string?> ValidLanguage<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(lang => lang is null || Languages.IsSupported(lang))
            .WithMessage((_, lang) => $"'lang' must be one of: {string.Join(", ", Languages.All)} (got '{lang}').")
            .OverridePropertyName("lang");

    public static IRuleBuilderOptions<T, string> ValidStateCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(StateCodePattern())
            .WithMessage("'code' must be an ISO 3166-1 alpha-3 or alpha-2 code of two or three letters, such as FRA or FR (EU for the European Union).")
            .OverridePropertyName("code");

    public static IRuleBuilderOptions<T, string> ValidInstrumentId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(InstrumentIdPattern())
            .WithMessage("'id' must be an instrument id such as 'cedaw' or 'trafficking-protocol', or an MTDSG number such as 'XVIII-12-a' (letters, digits and '-').")
            .OverridePropertyName("id");

    /// <summary>A resolution's symbol with '-' for '/': A-RES-63-194 (whether the data holds it is the catalog's question).</summary>
    public const string ResolutionIdPattern = "^[Aa]-[Rr][Ee][Ss]-[0-9]{1,3}-[0-9]{1,4}$";

    public static IRuleBuilderOptions<T, string> ValidResolutionId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(ResolutionIdPattern)
            .WithMessage("'id' must be a resolution symbol with '-' for '/', such as A-RES-63-194.")
            .OverridePropertyName("id");

    public static IRuleBuilderOptions<T, string?> ValidRegion<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Matches(RegionPattern())
            .WithMessage("'region' must be a three-digit UN M49 region, sub-region or intermediate-region code, such as 002 (Africa), 150 (Europe) or 014 (Eastern Africa).")
            .OverridePropertyName("region");

    /// <summary>An optional calendar date (YYYY-MM-DD) that exists and is not after today.</summary>
    public static IRuleBuilderOptions<T, string?> ValidPastDate<T>(this IRuleBuilder<T, string?> rule, string name, TimeProvider time) =>
        rule.Must(value => value is null || (Dates.TryParseDay(value, out var day) && day <= Dates.Today(time)))
            .WithMessage((request, value) => Dates.TryParseDay(value, out _)
                ? $"'{name}' must not be in the future (today is {Dates.Iso(Dates.Today(time))}); got '{value}'."
                : $"'{name}' must be a date that exists, written YYYY-MM-DD (e.g. 2008-12-18); got '{value}'.")
            .OverridePropertyName(name);

    public static IRuleBuilderOptions<T, string?> ValidFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(format => format is null || ResponseFormat.All.Contains(format, StringComparer.Ordinal))
            .WithMessage((_, format) => $"'format' must be one of: {string.Join(", ", ResponseFormat.All)} (got '{format}').")
            .OverridePropertyName("format");

    // The document declares these flags as booleans, and generators and people write them True, TRUE or true alike;
    // anything else (1, yes, an empty value) is a 400, not a guess.
    public static IRuleBuilderOptions<T, string?> ValidBoolean<T>(this IRuleBuilder<T, string?> rule, string name) =>
        rule.Must(value => value is null || Flag(value) is not null)
            .WithMessage($"'{name}' must be 'true' or 'false'.")
            .OverridePropertyName(name);

    /// <summary>A flag that <see cref="ValidBoolean{T}"/> has let through: set only by <c>true</c>, in any case; absent is false.</summary>
    public static bool IsSet(string? validatedBoolean) => Flag(validatedBoolean) == true;

    /// <summary><c>true</c> or <c>false</c> in any case; null when absent or anything else.</summary>
    public static bool? Flag(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true
        : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false
        : null;

    [GeneratedRegex("^[A-Za-z]{2,3}$", RegexOptions.CultureInvariant)]
    internal static partial Regex StateCodePattern();

    [GeneratedRegex("^[A-Za-z0-9-]{1,40}$", RegexOptions.CultureInvariant)]
    internal static partial Regex InstrumentIdPattern();

    [GeneratedRegex("^[0-9]{3}$", RegexOptions.CultureInvariant)]
    internal static partial Regex RegionPattern();
}
