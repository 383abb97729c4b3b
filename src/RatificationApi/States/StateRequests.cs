using System.ComponentModel;
using System.Text.RegularExpressions;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using RatificationApi.Infrastructure;
using RatificationApi.Infrastructure.OpenApi;

namespace RatificationApi.States;

public sealed record StateListRequest
{
    [FromQuery(Name = "q"), SchemaMaxLength(StateSearch.MaxLength, Example = "ivory coast"), Description("Find participants by name: any of their names in the six UN languages, formal names, names the depositary used (current and past) and common other names from Unicode CLDR (e.g. Ivory Coast, Swaziland, Turkey, Burma), ignoring case, accents and punctuation. Best match first: exact, then names that begin with it, then names with a later word that begins with it, then names that contain it; each item says which name matched (match). No match is an empty list. 1 to 100 characters with a letter or digit, e.g. 'cote divoire'.")]
    public string? Q { get; init; }

    [FromQuery(Name = "region"), Description("Only participants in this UN M49 region, sub-region or intermediate region (three digits, e.g. 002 Africa, 150 Europe, 014 Eastern Africa).")]
    public string? Region { get; init; }

    [FromQuery(Name = "unMember"), Description("true: only UN Member States; false: only the others.")]
    public string? UnMember { get; init; }

    [FromQuery(Name = "lang"), Description("Language of names: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }
}

public sealed record StateRequest
{
    [FromRoute(Name = "code"), SchemaPattern(StateSearch.CodePattern), Description("ISO 3166-1 alpha-3 or alpha-2 code, in any case (EU for the European Union), or the UN M49 numeric code in its three digits (250 France, 004 Afghanistan).")]
    public required string Code { get; init; }

    [FromQuery(Name = "asOf"), Description("Report the status on this date (YYYY-MM-DD, not in the future) instead of today.")]
    public string? AsOf { get; init; }

    [FromQuery(Name = "lang"), Description("Language of names and titles: ar, en, es, fr, ru or zh. Overrides Accept-Language; English by default.")]
    public string? Lang { get; init; }
}

public sealed class StateListRequestValidator : AbstractValidator<StateListRequest>
{
    public StateListRequestValidator()
    {
        RuleFor(r => r.Q).Must(q => q is null || StateSearch.IsValidQuery(q))
            .WithMessage((_, q) => $"'q' must be a name of 1 to {StateSearch.MaxLength} characters with at least one letter or digit and no control characters, such as 'Ivory Coast', 'Türkiye' or '中国' (got {StateSearch.Describe(q)}).")
            .OverridePropertyName("q");
        RuleFor(r => r.Region).ValidRegion();
        RuleFor(r => r.UnMember).ValidBoolean("unMember");
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

public sealed class StateRequestValidator : AbstractValidator<StateRequest>
{
    public StateRequestValidator(TimeProvider time)
    {
        RuleFor(r => r.Code).Matches(StateSearch.CodeRegex())
            .WithMessage("'code' must be an ISO 3166-1 alpha-3 or alpha-2 code of two or three letters, such as FRA or FR (EU for the European Union), or a UN M49 code of three digits, such as 250 (France) or 004 (Afghanistan).")
            .OverridePropertyName("code");
        RuleFor(r => r.AsOf).ValidPastDate("asOf", time);
        RuleFor(r => r.Lang).ValidLanguage();
    }
}

/// <summary>What a search by name and a State's code accept.</summary>
public static partial class StateSearch
{
    /// <summary>The longest query: the longest name in the data (a formal name) has under 90 characters.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// ISO 3166-1 alpha-3 or alpha-2, or M49 in its canonical three digits: "4" is not read as 004, so that one State
    /// has one address (and one cache entry) per code.
    /// </summary>
    public const string CodePattern = "^([A-Za-z]{2,3}|[0-9]{3})$";

    public static bool IsValidQuery(string q) =>
        q.Length is > 0 and <= MaxLength && !q.Any(char.IsControl) && q.Any(char.IsLetterOrDigit);

    /// <summary>The query as a message may quote it: never a control character, never more than the limit.</summary>
    public static string Describe(string? q) =>
        q is null ? "nothing"
        : q.Length > MaxLength ? $"{q.Length} characters"
        : q.Any(char.IsControl) ? "a control character"
        : $"'{q}'";

    public static bool IsM49(string code) => code.Length == 3 && code.All(char.IsAsciiDigit);

    [GeneratedRegex(CodePattern, RegexOptions.CultureInvariant)]
    internal static partial Regex CodeRegex();
}
