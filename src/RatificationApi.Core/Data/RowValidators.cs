using System.Globalization;
using FluentValidation;
using RatificationApi.Domain;

namespace RatificationApi.Data;

/// <summary>What a row validator needs to know about the rest of the data, and the present day.</summary>
internal sealed record DataContext(
    IReadOnlyDictionary<string, InstrumentRow> Instruments,
    IReadOnlySet<string> Participants,
    DateOnly Today)
{
    public DateOnly AdoptedOf(string instrument) => IsoDate.ParseDay(Instruments[instrument].Adopted)!.Value;
}

/// <summary>Small shared checks for the validators below.</summary>
internal static class DataRules
{
    public const string ResolutionId = "resolution-63-194";

    public static readonly string[] Bases = ["depositary", "secondary", "inferred"];
    public static readonly string[] ReservationValues = ["yes", "no", "unknown"];
    public static readonly string[] ExceptionRules = ["consent-without-signature", "accession-after-signature"];

    public static bool IsDayOrEmpty(string text) => text.Length == 0 || IsoDate.ParseDay(text) is not null;

    public static bool IsCountOrEmpty(string text) => text.Length == 0 || (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0);

    public static bool IsDigitsOrEmpty(string text) => text.All(char.IsAsciiDigit);

    /// <summary>The rule an <c>exception</c> cell names, or null when it names none or has no reason.</summary>
    public static string? ExceptionRule(string exception)
    {
        var colon = exception.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || exception[(colon + 1)..].Trim().Length == 0)
        {
            return null;
        }

        var rule = exception[..colon].Trim();
        return ExceptionRules.Contains(rule, StringComparer.Ordinal) ? rule : null;
    }

    public static string List(IEnumerable<string> values) => string.Join(", ", values);

    /// <summary>The chapter an MTDSG number belongs to: its Roman prefix as a number (XVIII-12-a is 18), or null.</summary>
    public static int? ChapterOf(string mtdsg)
    {
        var roman = mtdsg.Split('-')[0];
        var total = 0;
        for (var i = 0; i < roman.Length; i++)
        {
            var value = RomanDigit(roman[i]);
            if (value == 0)
            {
                return null;
            }

            total += i + 1 < roman.Length && RomanDigit(roman[i + 1]) > value ? -value : value;
        }

        return total > 0 ? total : null;
    }

    private static int RomanDigit(char c) => c switch { 'I' => 1, 'V' => 5, 'X' => 10, 'L' => 50, _ => 0 };
}

internal sealed class InstrumentRowValidator : AbstractValidator<InstrumentRow>
{
    public InstrumentRowValidator(IReadOnlySet<string> instrumentIds, DateOnly today)
    {
        RuleFor(r => r.Id).Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithErrorCode("invalid-id")
            .WithMessage(r => $"Instrument id '{r.Id}' must be lower-case words joined by '-'.");
        RuleFor(r => r.Mtdsg).Matches("^[IVXL]+-[0-9]+(-[a-z])?$").WithErrorCode("invalid-mtdsg")
            .WithMessage(r => $"MTDSG number '{r.Mtdsg}' must look like 'XVIII-12-a'.");
        RuleFor(r => r.Chapter).Must((r, c) => DataRules.ChapterOf(r.Mtdsg) is { } chapter && c == chapter.ToString(CultureInfo.InvariantCulture))
            .WithErrorCode("invalid-chapter")
            .WithMessage(r => $"{InstrumentRowMap.Chapter} '{r.Chapter}' must be the MTDSG chapter in Arabic numerals, the Roman numeral that starts '{r.Mtdsg}' (XVIII-12 is chapter 18): refresh builds the depositary's address from it.");
        RuleFor(r => r.Adopted).Must(d => IsoDate.ParseDay(d) is { } day && day <= today).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.Adopted} '{r.Adopted}' must be a date (YYYY-MM-DD) that exists and is not in the future.");
        RuleFor(r => r.EntryIntoForce).Must(DataRules.IsDayOrEmpty).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.EntryIntoForce} '{r.EntryIntoForce}' must be a date (YYYY-MM-DD) or empty.");
        RuleFor(r => r.OpenedForSignature).Must(DataRules.IsDayOrEmpty).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.OpenedForSignature} '{r.OpenedForSignature}' must be a date (YYYY-MM-DD) or empty.");
        RuleFor(r => r.UntsRegistrationDate).Must(DataRules.IsDayOrEmpty).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.UntsRegistrationDate} '{r.UntsRegistrationDate}' must be a date (YYYY-MM-DD) or empty.");
        RuleFor(r => r.EifOffset).Must(o => EntryIntoForceRule.TryCreate(null, o, out _)).WithErrorCode("invalid-eif-offset")
            .WithMessage(r => $"{InstrumentRowMap.EifOffset} '{r.EifOffset}' must be an ISO 8601 duration of days or months (P30D, P1M) or empty.");
        RuleFor(r => r.EifRuleBasis).Must(b => b is "text" or "inferred").When(r => r.EifOffset.Length > 0).WithErrorCode("invalid-eif-basis")
            .WithMessage($"{InstrumentRowMap.EifRuleBasis} must be 'text' or 'inferred' when {InstrumentRowMap.EifOffset} is given.");
        RuleFor(r => r.CompleteAsAt).Must(d => IsoDate.ParseDay(d) is { } day && day <= today).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.CompleteAsAt} '{r.CompleteAsAt}' must be a date (YYYY-MM-DD), not in the future: the date through which the data is complete.");
        RuleFor(r => r.StatedAsAt).Must(DataRules.IsDayOrEmpty).WithErrorCode("invalid-date")
            .WithMessage(r => $"{InstrumentRowMap.StatedAsAt} '{r.StatedAsAt}' must be a date (YYYY-MM-DD) or empty.");
        RuleFor(r => r.StatedParties).Must(DataRules.IsCountOrEmpty).WithErrorCode("invalid-count")
            .WithMessage(r => $"{InstrumentRowMap.StatedParties} '{r.StatedParties}' must be a whole number or empty.");
        RuleFor(r => r.StatedSignatories).Must(DataRules.IsCountOrEmpty).WithErrorCode("invalid-count")
            .WithMessage(r => $"{InstrumentRowMap.StatedSignatories} '{r.StatedSignatories}' must be a whole number or empty.");
        RuleFor(r => r.UntsVolume).Must(DataRules.IsDigitsOrEmpty).WithErrorCode("invalid-number")
            .WithMessage(r => $"{InstrumentRowMap.UntsVolume} '{r.UntsVolume}' must be a number or empty.");
        RuleFor(r => r.UntsPage).Must(DataRules.IsDigitsOrEmpty).WithErrorCode("invalid-number")
            .WithMessage(r => $"{InstrumentRowMap.UntsPage} '{r.UntsPage}' must be a number or empty.");
        RuleFor(r => r.UntsRegistrationNo).Must(DataRules.IsDigitsOrEmpty).WithErrorCode("invalid-number")
            .WithMessage(r => $"{InstrumentRowMap.UntsRegistrationNo} '{r.UntsRegistrationNo}' must be a number or empty.");
        RuleFor(r => r.Parent).Must(p => p.Length == 0 || instrumentIds.Contains(p)).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"{InstrumentRowMap.Parent} '{r.Parent}' is not an instrument in instruments.csv.");
        RuleFor(r => r.ShortName).NotEmpty().WithErrorCode("missing-field").WithMessage($"{InstrumentRowMap.ShortName} is required.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}

internal sealed class TitleRowValidator : AbstractValidator<TitleRow>
{
    public TitleRowValidator(IReadOnlySet<string> instrumentIds)
    {
        RuleFor(r => r.Instrument).Must(i => instrumentIds.Contains(i) || i == DataRules.ResolutionId).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(instrumentIds.Append(DataRules.ResolutionId))}.");
        RuleFor(r => r.Lang).Must(Languages.IsSupported).WithErrorCode("unknown-language")
            .WithMessage(r => $"Unknown language '{r.Lang}'; allowed: {DataRules.List(Languages.All)}.");
        RuleFor(r => r.Title).NotEmpty().WithErrorCode("missing-field").WithMessage($"{TitleRowMap.Title} is required.");
        RuleFor(r => r.Confidence).Must(c => c is "official" or "secondary").WithErrorCode("invalid-confidence")
            .WithMessage(r => $"{TitleRowMap.Confidence} '{r.Confidence}' must be 'official' or 'secondary'.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}

internal sealed class ParticipantRowValidator : AbstractValidator<ParticipantRow>
{
    public ParticipantRowValidator(DateOnly today)
    {
        RuleFor(r => r.Kind).Must(k => k is "state" or "organization").WithErrorCode("invalid-kind")
            .WithMessage(r => $"{ParticipantRowMap.Kind} '{r.Kind}' must be 'state' or 'organization'.");
        RuleFor(r => r.Iso3).Matches("^[A-Z]{3}$").When(r => r.Kind == "state").WithErrorCode("invalid-code")
            .WithMessage(r => $"iso3 '{r.Iso3}' must be an ISO 3166-1 alpha-3 code (three capital letters).");
        RuleFor(r => r.Id).Must((r, id) => r.Kind == "state" ? id == r.Iso3 : id == r.Iso2).WithErrorCode("invalid-id")
            .WithMessage(r => $"{ParticipantRowMap.Id} '{r.Id}' must equal iso3 for a state, or iso2 for an organization.");
        RuleFor(r => r.Iso2).Matches("^[A-Z]{2}$").WithErrorCode("invalid-code")
            .WithMessage(r => $"iso2 '{r.Iso2}' must be an ISO 3166-1 alpha-2 code (two capital letters).");
        RuleFor(r => r.M49).Matches("^[0-9]{3}$").When(r => r.Kind == "state").WithErrorCode("invalid-code")
            .WithMessage(r => $"m49 '{r.M49}' must be a three-digit UN M49 code.");
        RuleFor(r => r.UnStatus).Must(s => UnMembership.All.Contains(s)).WithErrorCode("invalid-un-status")
            .WithMessage(r => $"{ParticipantRowMap.UnStatus} '{r.UnStatus}' must be 'member', 'observer' or 'non-member'.");
        RuleFor(r => r.UnAdmissionDate).Must(d => IsoDate.ParseDay(d) is { } day && day <= today).When(r => UnMembership.IsMember(r.UnStatus))
            .WithErrorCode("invalid-date").WithMessage(r => $"{ParticipantRowMap.UnAdmissionDate} '{r.UnAdmissionDate}' must be a date (YYYY-MM-DD) for a member.");
        RuleFor(r => r.UnAdmissionDate).Empty().When(r => !UnMembership.IsMember(r.UnStatus))
            .WithErrorCode("invalid-date").WithMessage($"{ParticipantRowMap.UnAdmissionDate} must be empty for a non-member.");
        RuleFor(r => r.RegionCode).Matches("^([0-9]{3})?$").WithErrorCode("invalid-code")
            .WithMessage(r => $"{ParticipantRowMap.RegionCode} '{r.RegionCode}' must be a three-digit UN M49 code or empty.");
        RuleFor(r => r.SubregionCode).Matches("^([0-9]{3})?$").WithErrorCode("invalid-code")
            .WithMessage(r => $"{ParticipantRowMap.SubregionCode} '{r.SubregionCode}' must be a three-digit UN M49 code or empty.");
        RuleFor(r => r.IntermediateRegionCode).Matches("^([0-9]{3})?$").WithErrorCode("invalid-code")
            .WithMessage(r => $"{ParticipantRowMap.IntermediateRegionCode} '{r.IntermediateRegionCode}' must be a three-digit UN M49 code or empty.");
        RuleFor(r => r.Names).Must(n => n.GetValueOrDefault("en", string.Empty).Length > 0).WithErrorCode("missing-field")
            .WithMessage($"{ParticipantRowMap.NameEn} is required.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}

/// <summary>Checks one action row on its own: its references, its kind, its date and its source.</summary>
internal sealed class ActionRowValidator : AbstractValidator<ActionRow>
{
    public ActionRowValidator(DataContext data)
    {
        RuleFor(r => r.Instrument).Must(data.Instruments.ContainsKey).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(data.Instruments.Keys)}.");
        RuleFor(r => r.Participant).Must(data.Participants.Contains).WithErrorCode("unknown-participant")
            .WithMessage(r => $"Unknown participant '{r.Participant}': it is not an id in participants.csv.");
        RuleFor(r => r.Kind).Must(k => WireName.TryParse<ActionKind>(k, out _)).WithErrorCode("unknown-kind")
            .WithMessage(r => $"Unknown action kind '{r.Kind}'; allowed: {DataRules.List(WireName.All<ActionKind>())}.");
        RuleFor(r => r.Date).Cascade(CascadeMode.Stop)
            .Must(d => PartialDate.TryParse(d, out _)).WithErrorCode("invalid-date")
            .WithMessage(r => $"Date '{r.Date}' does not exist; write YYYY-MM-DD, or YYYY-MM / YYYY when the source gives only that, or leave it empty when unknown.")
            .Must(d => !(PartialDate.Parse(d).Start > data.Today)).WithErrorCode("future-date")
            .WithMessage(r => $"Date '{r.Date}' lies in the future (today is {IsoDate.Format(data.Today)}).")
            .Must((r, d) => !data.Instruments.ContainsKey(r.Instrument) || !(PartialDate.Parse(d).End < data.AdoptedOf(r.Instrument)))
            .WithErrorCode("before-adoption")
            .WithMessage(r => $"Date '{r.Date}' comes before {r.Instrument} was adopted on {IsoDate.Format(data.AdoptedOf(r.Instrument))}.");
        RuleFor(r => r.Reservations).Must(v => DataRules.ReservationValues.Contains(v, StringComparer.Ordinal)).WithErrorCode("invalid-reservations")
            .WithMessage(r => $"{ActionRowMap.Reservations} '{r.Reservations}' must be one of: {DataRules.List(DataRules.ReservationValues)}.");
        RuleFor(r => r.Basis).Must(v => DataRules.Bases.Contains(v, StringComparer.Ordinal)).WithErrorCode("invalid-basis")
            .WithMessage(r => $"{ActionRowMap.Basis} '{r.Basis}' must be one of: {DataRules.List(DataRules.Bases)}.");
        RuleFor(r => r.Exception).Must(e => e.Length == 0 || DataRules.ExceptionRule(e) is not null).WithErrorCode("invalid-exception")
            .WithMessage(r => $"{ActionRowMap.Exception} '{r.Exception}' must be 'rule: reason' with a reason, the rule one of: {DataRules.List(DataRules.ExceptionRules)}.");
        RuleFor(r => r.Recorded).Must(d => IsoDate.ParseDay(d) is { } day && day <= data.Today).WithErrorCode("invalid-recorded")
            .WithMessage(r => $"{ActionRowMap.Recorded} '{r.Recorded}' must be the date (YYYY-MM-DD, not in the future) the row entered the dataset.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every action needs a source.");
    }
}

/// <summary>
/// Checks one row of <c>reservations.csv</c>: its references (the participant and any target must have joined or signed the
/// instrument), its kind and occasion, its date, and its source.
/// </summary>
internal sealed class ReservationRowValidator : AbstractValidator<ReservationRow>
{
    /// <summary>The acts a statement can be made upon.</summary>
    public static readonly string[] Occasions = ["signature", "ratification", "accession", "succession", "acceptance", "approval", "formal_confirmation"];

    /// <param name="data">The instruments, participants and today.</param>
    /// <param name="joined">Every (instrument, participant) pair with an action in actions.csv.</param>
    public ReservationRowValidator(DataContext data, IReadOnlySet<(string Instrument, string Participant)> joined)
    {
        RuleFor(r => r.Instrument).Must(data.Instruments.ContainsKey).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(data.Instruments.Keys)}.");
        RuleFor(r => r.Participant).Cascade(CascadeMode.Stop)
            .Must(data.Participants.Contains).WithErrorCode("unknown-participant")
            .WithMessage(r => $"Unknown participant '{r.Participant}': it is not an id in participants.csv.")
            .Must((r, p) => !data.Instruments.ContainsKey(r.Instrument) || joined.Contains((r.Instrument, p))).WithErrorCode("statement-without-action")
            .WithMessage(r => $"{r.Participant} has a statement under {r.Instrument} but no action under it in actions.csv.");
        RuleFor(r => r.Kind).Must(k => WireName.TryParse<StatementKind>(k, out _)).WithErrorCode("unknown-kind")
            .WithMessage(r => $"Unknown statement kind '{r.Kind}'; allowed: {DataRules.List(WireName.All<StatementKind>())}.");
        RuleFor(r => r.Occasion).Must(o => o.Length == 0 || Occasions.Contains(o, StringComparer.Ordinal)).WithErrorCode("invalid-occasion")
            .WithMessage(r => $"{ReservationRowMap.Occasion} '{r.Occasion}' must be empty (not stated) or one of: {DataRules.List(Occasions)}.");
        RuleFor(r => r.Date).Cascade(CascadeMode.Stop)
            .Must(d => PartialDate.TryParse(d, out _)).WithErrorCode("invalid-date")
            .WithMessage(r => $"Date '{r.Date}' does not exist; write YYYY-MM-DD (or YYYY-MM / YYYY when the source gives only that), or leave it empty when the source gives none.")
            .Must(d => !(PartialDate.Parse(d).Start > data.Today)).WithErrorCode("future-date")
            .WithMessage(r => $"Date '{r.Date}' lies in the future (today is {IsoDate.Format(data.Today)}).")
            .Must((r, d) => !data.Instruments.ContainsKey(r.Instrument) || !(PartialDate.Parse(d).End < data.AdoptedOf(r.Instrument)))
            .WithErrorCode("before-adoption")
            .WithMessage(r => $"Date '{r.Date}' comes before {r.Instrument} was adopted on {IsoDate.Format(data.AdoptedOf(r.Instrument))}.");
        RuleFor(r => r.Target).Cascade(CascadeMode.Stop)
            .Must(t => t.Length == 0 || data.Participants.Contains(t)).WithErrorCode("unknown-target")
            .WithMessage(r => $"Unknown target '{r.Target}': it is not an id in participants.csv.")
            .Must((r, t) => t.Length == 0 || r.Kind == "objection" || !WireName.TryParse<StatementKind>(r.Kind, out _)).WithErrorCode("target-not-objection")
            .WithMessage(r => $"Only an objection has a target; this row is a {r.Kind}.")
            .Must((r, t) => t != r.Participant).WithErrorCode("target-is-self")
            .WithMessage(r => $"{r.Participant} objects to its own statement; the target must be another participant.")
            .Must((r, t) => t.Length == 0 || !data.Instruments.ContainsKey(r.Instrument) || joined.Contains((r.Instrument, t))).WithErrorCode("target-without-action")
            .WithMessage(r => $"The target {r.Target} has no action under {r.Instrument} in actions.csv, so it has no statement there to object to.");
        RuleFor(r => r.Text).Must((r, text) => text.Length > 0 || r.Notes.Length > 0).WithErrorCode("missing-text")
            .WithMessage("A statement needs its text, or notes that say why the source gives none.");
        RuleFor(r => r.Basis).Must(v => DataRules.Bases.Contains(v, StringComparer.Ordinal)).WithErrorCode("invalid-basis")
            .WithMessage(r => $"{ReservationRowMap.Basis} '{r.Basis}' must be one of: {DataRules.List(DataRules.Bases)}.");
        RuleFor(r => r.Recorded).Must(d => IsoDate.ParseDay(d) is { } day && day <= data.Today).WithErrorCode("invalid-recorded")
            .WithMessage(r => $"{ReservationRowMap.Recorded} '{r.Recorded}' must be the date (YYYY-MM-DD, not in the future) the row entered the dataset.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every statement needs a source.");
    }
}

internal sealed class DisagreementRowValidator : AbstractValidator<DisagreementRow>
{
    public DisagreementRowValidator(DataContext data)
    {
        RuleFor(r => r.Instrument).Must(data.Instruments.ContainsKey).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(data.Instruments.Keys)}.");
        RuleFor(r => r.Participant).Must(p => p.Length == 0 || data.Participants.Contains(p)).WithErrorCode("unknown-participant")
            .WithMessage(r => $"Unknown participant '{r.Participant}': it is not an id in participants.csv.");
        RuleFor(r => r.Field).NotEmpty().WithErrorCode("missing-field").WithMessage($"{DisagreementRowMap.Field} is required.");
        RuleFor(r => r.KeptSource).NotEmpty().WithErrorCode("missing-source").WithMessage($"{DisagreementRowMap.KeptSource} is required.");
        RuleFor(r => r.OtherSource).NotEmpty().WithErrorCode("missing-source").WithMessage($"{DisagreementRowMap.OtherSource} is required.");
    }
}

internal sealed class ResolutionRowValidator : AbstractValidator<ResolutionRow>
{
    public ResolutionRowValidator(DateOnly today)
    {
        RuleFor(r => r.Id).Matches("^A-RES-[0-9]+-[0-9]+$").WithErrorCode("invalid-id")
            .WithMessage(r => $"Resolution id '{r.Id}' must look like 'A-RES-63-194'.");
        RuleFor(r => r.Symbol).Must((r, symbol) => symbol.Replace('/', '-') == r.Id).WithErrorCode("invalid-id")
            .WithMessage(r => $"{ResolutionRowMap.Symbol} '{r.Symbol}' must be the id with '/' for '-'.");
        RuleFor(r => r.Adopted).Must(d => IsoDate.ParseDay(d) is { } day && day <= today).WithErrorCode("invalid-date")
            .WithMessage(r => $"{ResolutionRowMap.Adopted} '{r.Adopted}' must be a date (YYYY-MM-DD) that exists and is not in the future.");
        RuleFor(r => r.Distributed).Must(DataRules.IsDayOrEmpty).WithErrorCode("invalid-date")
            .WithMessage(r => $"{ResolutionRowMap.Distributed} '{r.Distributed}' must be a date (YYYY-MM-DD) or empty.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}

internal sealed class ResolutionParagraphRowValidator : AbstractValidator<ResolutionParagraphRow>
{
    public ResolutionParagraphRowValidator(IReadOnlySet<string> resolutions, IReadOnlySet<string> instruments)
    {
        RuleFor(r => r.Resolution).Must(resolutions.Contains).WithErrorCode("unknown-resolution")
            .WithMessage(r => $"Unknown resolution '{r.Resolution}': it is not an id in resolutions.csv.");
        RuleFor(r => r.Instrument).Must(instruments.Contains).WithErrorCode("unknown-instrument")
            .WithMessage(r => $"Unknown instrument '{r.Instrument}'; allowed: {DataRules.List(instruments)}.");
        RuleFor(r => r.Paragraph).Matches("^[1-9][0-9]?$").WithErrorCode("invalid-number")
            .WithMessage(r => $"{ResolutionParagraphRowMap.Paragraph} '{r.Paragraph}' must be a paragraph number.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}

internal sealed class OtherNameRowValidator : AbstractValidator<OtherNameRow>
{
    public OtherNameRowValidator(IReadOnlySet<string> participantIds)
    {
        RuleFor(r => r.Participant).Must(participantIds.Contains).WithErrorCode("unknown-participant")
            .WithMessage(r => $"Unknown participant '{r.Participant}': it is not an id in participants.csv.");
        RuleFor(r => r.Lang).Must(Languages.IsSupported).WithErrorCode("unknown-language")
            .WithMessage(r => $"Unknown language '{r.Lang}'; allowed: {DataRules.List(Languages.All)}.");
        RuleFor(r => r.Name).NotEmpty().WithErrorCode("missing-field").WithMessage($"{OtherNameRowMap.Name} is required.");
        RuleFor(r => r.Kind).Must(OtherNameRow.Kinds.Contains).WithErrorCode("invalid-kind")
            .WithMessage(r => $"{OtherNameRowMap.Kind} '{r.Kind}' must be one of: {DataRules.List(OtherNameRow.Kinds)}.");
        RuleFor(r => r.Source).NotEmpty().WithErrorCode("missing-source").WithMessage("Every row needs a source.");
    }
}
