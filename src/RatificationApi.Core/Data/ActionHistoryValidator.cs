using FluentValidation;
using FluentValidation.Results;
using RatificationApi.Domain;

namespace RatificationApi.Data;

/// <summary>An action row that passed the row checks, with its kind and date parsed.</summary>
internal sealed record ParsedAction(ActionRow Row, ActionKind Kind, PartialDate Date)
{
    public string? ExceptionRule => DataRules.ExceptionRule(Row.Exception);
}

/// <summary>All actions of one participant under one instrument, in date order, with those under the parent instrument.</summary>
internal sealed record ActionHistory(
    string Instrument,
    string Participant,
    IReadOnlyList<ParsedAction> Actions,
    string? Parent,
    IReadOnlyList<ParsedAction> ParentActions);

/// <summary>
/// The rules that need a participant's whole history under an instrument: the order of signature,
/// consent and withdrawal, and the parent convention of a protocol. Each failure names the row that
/// breaks the rule. Dates known only in part are compared only as far as they are known.
/// </summary>
internal sealed class ActionHistoryValidator : AbstractValidator<ActionHistory>
{
    public ActionHistoryValidator()
    {
        RuleFor(h => h).Custom(AtMostOneSignature);
        RuleFor(h => h).Custom(NoSecondConsent);
        RuleFor(h => h).Custom(ProtocolNeedsParent);
        RuleFor(h => h).Custom(SignatureRules);
    }

    private static void AtMostOneSignature(ActionHistory history, ValidationContext<ActionHistory> context)
    {
        foreach (var extra in history.Actions.Where(a => a.Kind == ActionKind.Signature).Skip(1))
        {
            Fail(context, extra, "second-signature", $"{history.Participant} signed {history.Instrument} twice.");
        }
    }

    private static void NoSecondConsent(ActionHistory history, ValidationContext<ActionHistory> context)
    {
        ParsedAction? bound = null;
        foreach (var action in history.Actions)
        {
            if (action.Kind == ActionKind.Denunciation)
            {
                if (bound is null)
                {
                    Fail(context, action, "denunciation-without-consent", $"{history.Participant} denounces {history.Instrument} without being bound by it.");
                }

                bound = null;
            }
            else if (action.Kind.IsConsent())
            {
                if (bound is not null)
                {
                    Fail(context, action, "second-consent",
                        $"A second consent to be bound ({action.Kind.ToName()} {action.Date}) by {history.Participant} to {history.Instrument}, " +
                        $"without a denunciation after the {bound.Kind.ToName()} of {bound.Date} (line {bound.Row.Line}).");
                }

                bound = action;
            }
        }
    }

    private static void ProtocolNeedsParent(ActionHistory history, ValidationContext<ActionHistory> context)
    {
        if (history.Parent is null)
        {
            return;
        }

        var parentConsents = history.ParentActions.Where(a => a.Kind.IsConsent()).ToList();
        foreach (var consent in history.Actions.Where(a => a.Kind.IsConsent()))
        {
            if (parentConsents.Count == 0)
            {
                Fail(context, consent, "protocol-without-parent",
                    $"{history.Participant} joins {history.Instrument} but has no consent to be bound by its parent {history.Parent} (UNTOC art. 37: only its parties may join a protocol).");
            }
            else if (parentConsents.All(p => PartialDate.CompareKnown(consent.Date, p.Date) < 0))
            {
                Fail(context, consent, "protocol-without-parent",
                    $"{history.Participant} joins {history.Instrument} on {consent.Date}, before it became a party to {history.Parent} on {parentConsents[0].Date} (UNTOC art. 37).");
            }
        }
    }

    private static void SignatureRules(ActionHistory history, ValidationContext<ActionHistory> context)
    {
        var signature = history.Actions.FirstOrDefault(a => a.Kind == ActionKind.Signature);
        foreach (var action in history.Actions)
        {
            string? broken = null;
            string? message = null;
            if (action.Kind is ActionKind.Ratification or ActionKind.Acceptance or ActionKind.Approval
                && (signature is null || PartialDate.CompareKnown(signature.Date, action.Date) > 0))
            {
                broken = "consent-without-signature";
                message = signature is null
                    ? $"A {action.Kind.ToName()} by {history.Participant} of {history.Instrument} with no signature (a State that did not sign accedes)."
                    : $"A {action.Kind.ToName()} by {history.Participant} of {history.Instrument} on {action.Date}, before its signature on {signature.Date}.";
            }
            else if (action.Kind == ActionKind.Accession && signature is not null && PartialDate.CompareKnown(signature.Date, action.Date) is not > 0)
            {
                broken = "accession-after-signature";
                message = $"An accession by {history.Participant} to {history.Instrument} after its signature of {signature.Date} (a signatory ratifies, accepts or approves).";
            }

            if (broken is not null && action.ExceptionRule != broken)
            {
                Fail(context, action, broken, message! + $" If the sources show this, set exception to '{broken}: <reason>'.");
            }
            else if (broken is null && action.ExceptionRule is { } unused)
            {
                Fail(context, action, "unused-exception", $"The row claims an exception to '{unused}', but it does not break that rule; remove the exception.");
            }
        }
    }

    private static void Fail(ValidationContext<ActionHistory> context, ParsedAction action, string rule, string message) =>
        context.AddFailure(new ValidationFailure(action.Row.Participant, message) { ErrorCode = rule, CustomState = action.Row });
}
