using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RatificationApi.Data;
using RatificationApi.Database;
using RatificationApi.Domain;
using RatificationApi.ReadModel;

namespace RatificationApi.Coverage;

/// <summary>How complete the data on one instrument is, computed from the catalog the API serves with the same fold and counts.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Now">Counts over every action the data holds (what <c>GET /v1/instruments/{id}</c> shows today).</param>
/// <param name="AtCompleteAsAt">Counts on the date through which the data is complete.</param>
/// <param name="PartiesKnownByStatement">Parties the data holds whose consent is dated on or before the statement's date, or undated.</param>
/// <param name="PartiesUnidentified">Stated parties minus those known by the statement's date; never below 0.</param>
/// <param name="PartiesUndated">Parties now whose consent has no known date.</param>
/// <param name="PartiesDatedInPart">Parties now whose consent is known only to the month or year.</param>
/// <param name="ActionsByBasis">The instrument's actions by basis.</param>
/// <param name="ActionsByPrecision">The instrument's actions by the precision of their date.</param>
/// <param name="StatementsByKind">The instrument's statements (reservations.csv) by kind.</param>
/// <param name="Disagreements">The instrument's disagreements (disagreements.csv).</param>
internal sealed record InstrumentCoverage(
    Instrument Instrument,
    StatusCounts Now,
    StatusCounts AtCompleteAsAt,
    int PartiesKnownByStatement,
    int PartiesUnidentified,
    IReadOnlyList<(Participant Participant, PartialDate Date)> PartiesUndated,
    IReadOnlyList<(Participant Participant, PartialDate Date)> PartiesDatedInPart,
    IReadOnlyList<(string Value, int Count)> ActionsByBasis,
    IReadOnlyList<(string Value, int Count)> ActionsByPrecision,
    IReadOnlyList<(string Value, int Count)> StatementsByKind,
    IReadOnlyList<DisagreementDbRow> Disagreements)
{
    public long? StatedParties => Instrument.StatedParties;

    public long? StatedSignatories => Instrument.StatedSignatories;

    public DateOnly? StatedAsAt => IsoDate.ParseDay(Instrument.StatedAsAt);

    public DateOnly CompleteAsAt => IsoDate.ParseDay(Instrument.CompleteAsAt)!.Value;
}

/// <summary>
/// <c>data/COVERAGE.md</c>: per instrument, how far the data can be trusted and where it falls short. Generated from the
/// data, never edited by hand; a test fails when the committed file differs from what the data gives.
/// </summary>
internal static class CoverageReport
{
    public const string FileName = "COVERAGE.md";

    public const string Regenerate = "dotnet run --project src/RatificationApi.Tools -- coverage --write";

    private static readonly string[] Bases = ["depositary", "secondary", "inferred"];

    private static readonly string[] Precisions = ["day", "month", "year", "unknown"];

    /// <summary>
    /// The coverage of the data in <paramref name="directory"/>: built into a database in a temporary folder by the
    /// service's builder (which validates it first, throwing <see cref="DataValidationException"/>), loaded by the
    /// service's loader, and folded (<see cref="Build(CatalogData, DateOnly)"/>).
    /// </summary>
    /// <param name="directory">The data folder, with the map's geometry (the builder requires it).</param>
    /// <param name="today">The present: the validation's, and undated actions count today (and only today), as in the API.</param>
    /// <param name="cancellationToken">Stops the load.</param>
    public static async Task<IReadOnlyList<InstrumentCoverage>> BuildAsync(string directory, DateOnly today, CancellationToken cancellationToken = default)
    {
        var temporary = Directory.CreateTempSubdirectory("coverage-");
        try
        {
            var options = Options.Create(new DataOptions { Directory = directory, DatabaseDirectory = temporary.FullName });
            var database = new DatabaseBuilder(options, new FixedClock(today), NullLogger<DatabaseBuilder>.Instance).Build();
            return Build(await CatalogLoader.LoadAsync(database, cancellationToken).ConfigureAwait(false), today);
        }
        finally
        {
            // The loader's connection goes back to the pool, which would keep the deleted file open.
            SqliteConnection.ClearAllPools();
            temporary.Delete(recursive: true);
        }
    }

    /// <summary>The coverage of every instrument of <paramref name="catalog"/>, in its order (that of <c>instruments.csv</c>).</summary>
    /// <param name="catalog">What the service loads from its database.</param>
    /// <param name="today">The present: undated actions count today (and only today), as in the API.</param>
    public static IReadOnlyList<InstrumentCoverage> Build(CatalogData catalog, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var result = new List<InstrumentCoverage>();
        foreach (var instrument in catalog.Instruments)
        {
            var rule = instrument.ToRule();
            var rows = catalog.Actions.Where(a => a.Instrument == instrument.Id).ToList();
            var actions = rows.ToLookup(a => a.Participant, a => a.ToAction(), StringComparer.Ordinal);
            var completeAsAt = IsoDate.ParseDay(instrument.CompleteAsAt)!.Value;
            List<(Participant Participant, StatusOnDate Status)> On(DateOnly asOf) =>
                [.. catalog.Participants.Select(p => (p, StatusFold.Fold(actions[p.Id], rule, asOf, today)))];

            var now = On(today);
            var atComplete = On(completeAsAt);
            var partiesNow = now.Where(s => s.Status.Status == TreatyStatus.Party).ToList();
            var statedAsAt = IsoDate.ParseDay(instrument.StatedAsAt);
            result.Add(new InstrumentCoverage(
                instrument,
                Count(now),
                Count(atComplete),
                StatedCoverage.PartiesKnownBy(now.Select(s => s.Status), statedAsAt),
                StatedCoverage.PartiesUnidentified(now.Select(s => s.Status), instrument.StatedParties, statedAsAt),
                [.. partiesNow.Where(s => s.Status.Consent!.Date.Precision == DatePrecision.Unknown).Select(s => (s.Participant, s.Status.Consent!.Date))],
                [.. partiesNow.Where(s => s.Status.Consent!.Date.Precision is DatePrecision.Month or DatePrecision.Year).Select(s => (s.Participant, s.Status.Consent!.Date))],
                [.. Bases.Select(b => (b, rows.Count(a => a.Basis == b)))],
                [.. Precisions.Select(p => (p, rows.Count(a => a.DatePrecision == p)))],
                [.. WireName.All<StatementKind>().Select(k => (k, catalog.Statements.Count(s => s.Instrument == instrument.Id && s.Kind == k)))],
                [.. catalog.Disagreements.Where(d => d.Instrument == instrument.Id)]));
        }

        return result;
    }

    /// <summary>The Markdown of <c>data/COVERAGE.md</c>; <c>\n</c> line ends, and nothing that changes with the day it is run.</summary>
    public static string Render(IReadOnlyList<InstrumentCoverage> coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var md = new StringBuilder();
        void Line(string text = "") => md.Append(text).Append('\n');

        Line("# Coverage of the data");
        Line();
        Line($"Generated from `data/` by `{Regenerate}`; do not edit it by hand (a test fails when it is stale).");
        Line("The counts are those of the API: the same status fold over `actions.csv`. \"Now\" counts every action the data");
        Line("holds, undated ones included (what `GET /v1/instruments/{id}` shows today); \"at complete-as-at\" counts the");
        Line("status on the date through which the data holds every action the depositary recorded, where an undated action");
        Line("cannot be placed and counts as undetermined instead.");
        Line();
        Line("The stated counts are the newest the data holds for the instrument; \"parties unidentified\" is how many more parties they");
        Line("imply than the data can name (the lower bound, when some consents are undated).");
        Line();
        Line("| instrument | complete as at | stated parties | stated signatories | stated as at | stated by | parties now | signatories now | parties at complete-as-at | signatories at complete-as-at | parties undated | parties unidentified |");
        Line("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var c in coverage)
        {
            Line($"| `{c.Instrument.Id}` | {c.Instrument.CompleteAsAt} | {Show(c.StatedParties)} | {Show(c.StatedSignatories)} | {Show(c.StatedAsAt)} | {Cell(c.Instrument.StatedSource)} | " +
                $"{c.Now.Parties} | {c.Now.Signatories} | {c.AtCompleteAsAt.Parties} | {c.AtCompleteAsAt.Signatories} | {c.PartiesUndated.Count} | {c.PartiesUnidentified} |");
        }

        foreach (var c in coverage)
        {
            var i = c.Instrument;
            Line();
            Line($"## {i.ShortName} (`{i.Id}`, MTDSG {i.Mtdsg})");
            Line();
            Line($"- **Complete as at {i.CompleteAsAt}**, from {i.CompleteAsAtSource}.");
            Line(c.StatedParties is null && c.StatedSignatories is null
                ? "- **Newest stated count**: none; no count of parties or signatories is stated."
                : $"- **Newest stated count**: {Show(c.StatedParties)} parties and {Show(c.StatedSignatories)} signatories, " +
                    $"{(c.StatedAsAt is { } at ? $"as at {Iso(at)}" : "with no date")}, by {i.StatedSource}. {Implied(c)}");
            Line($"- **Held now**: {c.Now.Parties} parties and {c.Now.Signatories} signatories ({c.Now.SignatoriesNotParties} signatories not parties, " +
                $"{c.Now.Withdrawn} withdrawn); of the parties, {c.Now.PartiesUndated} undated and {c.Now.PartiesDatedToMonthOrYear} dated only to the month or year.");
            Line($"- **Held at {i.CompleteAsAt}**: {c.AtCompleteAsAt.Parties} parties and {c.AtCompleteAsAt.Signatories} signatories; " +
                $"{c.AtCompleteAsAt.Undetermined} participant(s) undetermined on that date (an action of unknown or partial date).");
            Line($"- **Parties known but not dated** ({c.PartiesUndated.Count}): {Names(c.PartiesUndated, withDate: false)}.");
            Line($"- **Parties dated only to the month or year** ({c.PartiesDatedInPart.Count}): {Names(c.PartiesDatedInPart, withDate: true)}.");
            Line($"- **Parties known to exist but not identified**: {c.PartiesUnidentified}. {Reasoning(c)}");
            Line($"- **Actions by basis**: {Counts(c.ActionsByBasis)}.");
            Line($"- **Actions by date precision**: {Counts(c.ActionsByPrecision)}.");
            Line($"- **Statements** (`reservations.csv`): {Counts(c.StatementsByKind)}.");
            Line($"- **Recorded disagreements** ({c.Disagreements.Count}){(c.Disagreements.Count > 0 ? ":" : ".")}");
            foreach (var d in c.Disagreements)
            {
                var who = string.IsNullOrEmpty(d.Participant) ? string.Empty : $"{d.Participant}, ";
                Line($"  - {who}{d.Field}: kept {Quote(d.KeptValue)} ({d.KeptSource}); other {Quote(d.OtherValue)} ({d.OtherSource}).");
            }
        }

        return md.ToString();
    }

    // The one sentence a reader needs: how many parties the newest count implies the data cannot name.
    private static string Implied(InstrumentCoverage c)
    {
        if (c.StatedParties is not { } stated)
        {
            return "It states no count of parties, so none can be said to be missing.";
        }

        var dated = c.PartiesKnownByStatement - c.PartiesUndated.Count;
        var most = Math.Max(0, stated - dated);
        var parties = $"{c.PartiesUnidentified} part{(c.PartiesUnidentified == 1 ? "y" : "ies")} the data cannot yet name";
        return most > c.PartiesUnidentified
            ? $"It implies at least {parties} (up to {most} if the undated consents came after it)."
            : $"It implies {parties}.";
    }

    private static string Reasoning(InstrumentCoverage c)
    {
        if (c.StatedParties is not { } stated)
        {
            return "No count of parties is stated, so none can be said to be missing.";
        }

        // PartiesKnownByStatement counts the undated consents too, since they may precede the statement; without them
        // the data's count is a floor, with them a ceiling, and the shortfall lies between.
        var undated = c.PartiesUndated.Count;
        var known = c.PartiesKnownByStatement;
        var dated = known - undated;
        var scope = c.StatedAsAt is { } at
            ? $"The statement counts {stated} parties as at {Iso(at)}; the data holds {dated} parties whose consent is dated on or before that date"
            : $"The statement counts {stated} parties but has no date, so it is compared with all {dated} dated parties the data holds";
        scope += undated > 0 ? $", and {undated} whose consent is undated and may or may not precede it" : string.Empty;
        if (stated > known)
        {
            return $"{scope}: at least {stated} − {known} = {stated - known} part{(stated - known == 1 ? "y" : "ies")} the data cannot yet name" +
                (undated > 0 ? $" (up to {stated - dated} if the undated ones came later)." : ".");
        }

        if (stated > dated)
        {
            return $"{scope}: between 0 and {stated - dated} unidentified, depending on when the undated consents fell; " +
                "the API reports the lower bound, 0.";
        }

        return stated == dated
            ? $"{scope}: the data names every party stated."
            : $"{scope}: {dated - stated} more than stated, so none is missing, and the difference is worth a look (a withdrawal, or a consent dated wrongly).";
    }

    private static string Names(IReadOnlyList<(Participant Participant, PartialDate Date)> parties, bool withDate) =>
        parties.Count == 0
            ? "none"
            : string.Join(", ", parties.OrderBy(p => p.Participant.Id, StringComparer.Ordinal)
                .Select(p => $"{p.Participant.Names[Languages.Default].Name} ({p.Participant.Id}{(withDate ? $", {p.Date}" : string.Empty)})"));

    private static string Counts(IReadOnlyList<(string Value, int Count)> counts) =>
        string.Join(", ", counts.Select(c => $"{c.Value} {c.Count}"));

    private static StatusCounts Count(List<(Participant Participant, StatusOnDate Status)> statuses) =>
        StatusCounts.Of(statuses.Select(s => (s.Status, s.Participant.IsUnMember)));

    // A table cell: a pipe would end it, and a line break the row.
    private static string Cell(string? text) => string.IsNullOrEmpty(text) ? "—" : text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');

    private static string Show(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string Show(DateOnly? value) => value is { } day ? Iso(day) : "—";

    private static string Iso(DateOnly day) => IsoDate.Format(day);

    private static string Quote(string? value) => string.IsNullOrEmpty(value) ? "(empty)" : $"\"{value.Replace('\n', ' ')}\"";

    // The builder validates the data as of a day; the command's, not the machine's, so that a test can fix it.
    private sealed class FixedClock(DateOnly today) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    }
}
