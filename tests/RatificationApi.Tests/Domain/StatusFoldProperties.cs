using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RatificationApi.Domain;

namespace RatificationApi.Tests.Domain;

/// <summary>
/// Properties of <see cref="StatusFold"/> over arbitrary histories: any kinds in any order (also ones the data validator
/// would reject), dates exact, to the month, to the year or unknown, on a few years around a fixed today so that dates
/// collide often. Each property is a rule the fold must keep for every history, not for chosen examples.
/// </summary>
public class StatusFoldProperties
{
    private const int Tests = 1000;

    private static readonly DateOnly Today = new(2026, 12, 2);

    // Four years up to today: short enough that actions share days, months and years.
    private static readonly DateOnly First = Today.AddYears(-4);

    private static readonly int Span = Today.DayNumber - First.DayNumber;

    private static readonly Gen<DateOnly> Day = Gen.Choose(0, Span).Select(First.AddDays);

    // Includes days before the first action and after today, where the answers must still hold.
    private static readonly Gen<DateOnly> AsOf = Gen.Choose(-40, Span + 40).Select(First.AddDays);

    private static readonly Gen<PartialDate> Date = Gen.Frequency(
        (6, Day.Select(PartialDate.FromDay)),
        (2, Day.Select(d => PartialDate.Parse(d.ToString("yyyy-MM", CultureInfo.InvariantCulture)))),
        (1, Day.Select(d => PartialDate.Parse(d.ToString("yyyy", CultureInfo.InvariantCulture)))),
        (1, Gen.Constant(PartialDate.Unknown)));

    private static readonly Gen<ActionKind> Kind = Gen.Frequency(
        (3, Gen.Constant(ActionKind.Signature)),
        (2, Gen.Constant(ActionKind.Denunciation)),
        (5, Gen.Elements(ActionKind.Ratification, ActionKind.Accession, ActionKind.Succession, ActionKind.Acceptance,
            ActionKind.Approval, ActionKind.FormalConfirmation, ActionKind.Consent)));

    private static readonly Gen<TreatyAction> Action =
        from kind in Kind
        from date in Date
        from reservations in Gen.Elements(Recorded.Unknown, Recorded.Yes, Recorded.No)
        select new TreatyAction(kind, date, reservations, "generated");

    private static readonly Gen<History> Histories =
        from count in Gen.Choose(0, 6)
        from actions in Gen.ArrayOf(Action, count)
        select new History(actions);

    private static readonly Gen<EntryIntoForceRule> Rules = Gen.Frequency(
        (1, Gen.Constant(EntryIntoForceRule.Unknown)),
        (3, from general in Day
            from days in Gen.Choose(0, 90)
            from months in Gen.Choose(0, 12)
            from inDays in Gen.Elements(true, false)
            select inDays ? new EntryIntoForceRule(general, days, null) : new EntryIntoForceRule(general, null, months)));

    private static StatusOnDate Fold(History history, DateOnly asOf) => StatusFold.Fold(history.Actions, EntryIntoForceRule.Unknown, asOf, Today);

    private static bool HappenedBy(TreatyAction action, DateOnly asOf) => StatusFold.Happened(action.Date, asOf, Today) == Certainty.Yes;

    [Property(MaxTest = Tests)]
    public Property Party_StaysAPartyOnEveryLaterDate_UntilADenunciationTakesEffect() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), AsOf.ToArbitrary(), (history, one, other) =>
        {
            var (earlier, later) = one <= other ? (one, other) : (other, one);
            var denouncedBetween = history.Actions.Any(a => a.Kind == ActionKind.Denunciation && !HappenedBy(a, earlier) && HappenedBy(a, later));
            var before = Fold(history, earlier).Status;
            var after = Fold(history, later).Status;
            return (before != TreatyStatus.Party || denouncedBetween || after == TreatyStatus.Party)
                .Label($"{history}: {before} on {earlier:yyyy-MM-dd}, {after} on {later:yyyy-MM-dd}");
        });

    [Property(MaxTest = Tests)]
    public Property Counted_WhatHappenedByTheDate_NeverForgottenLater() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), AsOf.ToArbitrary(), (history, one, other) =>
        {
            var (earlier, later) = one <= other ? (one, other) : (other, one);
            var counted = Fold(history, earlier).Counted;
            var countedLater = Fold(history, later).Counted;
            var happened = history.Actions.Where(a => HappenedBy(a, earlier)).ToList();
            return (counted.Count == happened.Count && happened.All(counted.Contains)
                    && counted.Zip(counted.Skip(1)).All(p => ByFoldKey.Instance.Compare(p.First, p.Second) <= 0)
                    && counted.All(countedLater.Contains))
                .Label($"{history}: counted {counted.Count} on {earlier:yyyy-MM-dd}, {countedLater.Count} on {later:yyyy-MM-dd}");
        });

    [Property(MaxTest = Tests)]
    public Property Signatures_NeverMakeAParty() =>
        Prop.ForAll(Gen.ArrayOf(Date.Select(d => new TreatyAction(ActionKind.Signature, d, Recorded.Unknown, "generated"))).ToArbitrary(), AsOf.ToArbitrary(), (signatures, asOf) =>
        {
            var status = StatusFold.Fold(signatures, EntryIntoForceRule.Unknown, asOf, Today);
            var counts = StatusCounts.Of([(status, true)]);
            return status.Status is TreatyStatus.None or TreatyStatus.Signatory && status.Consent is null && counts.Parties == 0
                && (status.Status == TreatyStatus.Signatory) == signatures.Any(s => HappenedBy(s, asOf));
        });

    [Property(MaxTest = Tests)]
    public Property Status_ExplainedByTheActionsThatHappened() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), (history, asOf) =>
        {
            var s = Fold(history, asOf);
            var explained = s.Status switch
            {
                TreatyStatus.Party => s.Consent is { } c && c.Kind.IsConsent() && HappenedBy(c, asOf) && s.Withdrawal is null,
                TreatyStatus.Withdrawn => s.Withdrawal is { Kind: ActionKind.Denunciation } w && HappenedBy(w, asOf)
                    && s.Consent is { } c && c.Kind.IsConsent() && ByFoldKey.Instance.Compare(c, w) <= 0,
                TreatyStatus.Signatory => s.Signature is { } sig && HappenedBy(sig, asOf) && s.Consent is null,
                _ => s.Consent is null && s.Signature is null,
            };
            return explained.Label($"{history} on {asOf:yyyy-MM-dd}: {s.Status}, consent {s.Consent?.Kind} {s.Consent?.Date}, withdrawal {s.Withdrawal?.Date}");
        });

    [Property(MaxTest = Tests)]
    public Property AsOfBeforeEveryAction_NoneAndNothingCounted() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), (history, asOf) =>
        {
            var s = Fold(history, asOf);
            var beforeAll = asOf < Today && history.Actions.All(a => a.Date.Start is not { } start || asOf < start);
            return (!beforeAll || (s.Status == TreatyStatus.None && s.Counted.Count == 0 && s.Signature is null
                    && s.Uncertain == history.Actions.Any(a => a.Date.Precision == DatePrecision.Unknown)))
                .Label($"{history} on {asOf:yyyy-MM-dd}: {s.Status}, uncertain {s.Uncertain}");
        });

    [Property(MaxTest = Tests)]
    public Property Uncertain_ExactlyWhenAnActionMayOrMayNotHaveHappened() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), (history, asOf) =>
            Fold(history, asOf).Uncertain == history.Actions.Any(a => StatusFold.Happened(a.Date, asOf, Today) == Certainty.Maybe));

    [Property(MaxTest = Tests)]
    public Property Fold_InputOrderOfActionsWithDistinctDates_DoesNotMatter() =>
        Prop.ForAll(Histories.Select(h => h.WithDistinctFoldKeys()).SelectMany(h => Gen.Shuffle(h.Actions).Select(s => (h, new History(s)))).ToArbitrary(), AsOf.ToArbitrary(), Rules.ToArbitrary(), (pair, asOf, rule) =>
        {
            var (history, shuffled) = pair;
            var a = StatusFold.Fold(history.Actions, rule, asOf, Today);
            var b = StatusFold.Fold(shuffled.Actions, rule, asOf, Today);
            return (a.Status == b.Status && a.Signature == b.Signature && a.Consent == b.Consent && a.Withdrawal == b.Withdrawal
                    && a.InForceFrom == b.InForceFrom && a.Reservations == b.Reservations && a.Uncertain == b.Uncertain && a.Counted.SequenceEqual(b.Counted))
                .Label($"{history} and {shuffled} on {asOf:yyyy-MM-dd}: {a.Status}/{a.Consent?.Date} against {b.Status}/{b.Consent?.Date}");
        });

    [Property(MaxTest = Tests)]
    public Property InForceFrom_NeverBeforeTheDepositNorTheGeneralEntryIntoForce() =>
        Prop.ForAll(Histories.ToArbitrary(), AsOf.ToArbitrary(), Rules.ToArbitrary(), (history, asOf, rule) =>
        {
            var s = StatusFold.Fold(history.Actions, rule, asOf, Today);
            var expected = s.Status == TreatyStatus.Party && rule.IsKnown && s.Consent!.Date.IsExact && s.Consent.Kind != ActionKind.Succession;
            return (s.InForceFrom is { } from
                    ? expected && from >= s.Consent!.Date.Start!.Value && from >= rule.GeneralEntryIntoForce!.Value
                    : !expected)
                .Label($"{history} on {asOf:yyyy-MM-dd} under {rule}: {s.Status}, in force from {s.InForceFrom}");
        });

    [Property(MaxTest = Tests)]
    public Property Counts_NeverExceedTheParticipantsAndPartitionThem() =>
        Prop.ForAll(Gen.ListOf(from h in Histories from m in Gen.Elements(true, false) select (History: h, UnMember: m)).ToArbitrary(), AsOf.ToArbitrary(), (participants, asOf) =>
        {
            var statuses = participants.Select(p => (Status: Fold(p.History, asOf), p.UnMember)).ToList();
            var c = StatusCounts.Of(statuses);
            var n = statuses.Count;
            var certainNone = statuses.Count(s => !s.Status.Uncertain && s.Status.Status == TreatyStatus.None);
            return (c.Parties + c.SignatoriesNotParties + c.Withdrawn + c.Undetermined + certainNone == n
                    && c.Signatories <= n && c.SignatoriesNotParties <= c.Signatories
                    && c.PartiesUndated + c.PartiesDatedToMonthOrYear <= c.Parties
                    && c.UnMemberParties <= c.Parties && c.UnMemberParties <= statuses.Count(s => s.UnMember)
                    && c.Signatories == statuses.Count(s => s.Status.Signature is not null))
                .Label($"{n} participants on {asOf:yyyy-MM-dd}: {c}");
        });

    /// <summary>One participant's actions, printed the way the data writes them so that a counterexample reads at a glance.</summary>
    public sealed record History(TreatyAction[] Actions)
    {
        /// <summary>Keeps the first action of each (first day, same-day rank) pair: the fold then has one order to follow.</summary>
        public History WithDistinctFoldKeys() => new([.. Actions.DistinctBy(ByFoldKey.Key)]);

        public override string ToString() => "[" + string.Join(", ", Actions.Select(a => $"{a.Kind.ToName()} {a.DateText ?? "undated"}")) + "]";
    }

    /// <summary>The order the fold promises: by first possible day (undated last), then signature, consent, denunciation.</summary>
    private sealed class ByFoldKey : IComparer<TreatyAction>
    {
        public static readonly ByFoldKey Instance = new();

        public static (DateOnly, int) Key(TreatyAction a) =>
            (a.Date.Start ?? DateOnly.MaxValue, a.Kind switch { ActionKind.Signature => 0, ActionKind.Denunciation => 2, _ => 1 });

        public int Compare(TreatyAction? x, TreatyAction? y) => Key(x!).CompareTo(Key(y!));
    }
}
