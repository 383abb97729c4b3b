using FluentValidation;
using FluentValidation.Results;
using RatificationApi.Domain;

namespace RatificationApi.Data;

/// <summary>
/// Reads every data file and runs every validator over it. Either all of the data is valid and a
/// <see cref="DataSet"/> comes back, or a <see cref="DataValidationException"/> lists every problem.
/// </summary>
public static class DataSetLoader
{
    public const string InstrumentsFile = "instruments.csv";
    public const string TitlesFile = "instrument-titles.csv";
    public const string ParticipantsFile = "participants.csv";
    public const string ActionsFile = "actions.csv";
    public const string DisagreementsFile = "disagreements.csv";
    public const string ResolutionsFile = "resolutions.csv";
    public const string ResolutionParagraphsFile = "resolution-paragraphs.csv";
    public const string ReservationsFile = "reservations.csv";
    public const string ShortNamesFile = "instrument-short-names.csv";
    public const string OtherNamesFile = "participant-other-names.csv";

    /// <summary>The files that make up the data, in the order their bytes enter the data version.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [InstrumentsFile, TitlesFile, ParticipantsFile, ActionsFile, DisagreementsFile, ResolutionsFile, ResolutionParagraphsFile, ReservationsFile, ShortNamesFile, OtherNamesFile];

    /// <summary>Loads and validates the data in <paramref name="directory"/>; throws <see cref="DataValidationException"/> on any problem.</summary>
    public static DataSet Load(string directory, DateOnly today)
    {
        var errors = new List<DataError>();
        var read = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var instruments = DataCsv.Read<InstrumentRow>(directory, errors, read);
        var titles = DataCsv.Read<TitleRow>(directory, errors, read);
        var participants = DataCsv.Read<ParticipantRow>(directory, errors, read);
        var actions = DataCsv.Read<ActionRow>(directory, errors, read);
        var disagreements = DataCsv.Read<DisagreementRow>(directory, errors, read);
        var resolutions = DataCsv.Read<ResolutionRow>(directory, errors, read);
        var paragraphs = DataCsv.Read<ResolutionParagraphRow>(directory, errors, read);
        var reservations = DataCsv.Read<ReservationRow>(directory, errors, read);
        var shortNames = DataCsv.Read<ShortNameRow>(directory, errors, read);
        var otherNames = DataCsv.Read<OtherNameRow>(directory, errors, read);
        if (instruments is null || titles is null || participants is null || actions is null || disagreements is null
            || resolutions is null || paragraphs is null || reservations is null || shortNames is null || otherNames is null)
        {
            throw new DataValidationException(errors);
        }

        // The digest of the bytes just parsed (a managed SHA-256 over 1 MB, about 30 ms at start-up), taken on another
        // core while the rows are validated: of the very bytes read, so a file changed meanwhile cannot give rows and a
        // version that disagree, and without reading the files a second time.
        var version = Task.Run(() => Version(Files.Select(file => (file, read[file]))));

        Duplicates(instruments, i => i.Id, "duplicate-id", k => $"The instrument id '{k}' appears more than once.", errors);
        Duplicates(instruments, i => i.Mtdsg, "duplicate-id", k => $"The MTDSG number '{k}' appears more than once.", errors);
        Duplicates(participants, p => p.Id, "duplicate-id", k => $"The participant id '{k}' appears more than once.", errors);
        Duplicates(participants.Where(p => p.Iso3.Length > 0), p => p.Iso3, "duplicate-code", k => $"The alpha-3 code '{k}' appears more than once.", errors);
        Duplicates(participants, p => p.Iso2, "duplicate-code", k => $"The alpha-2 code '{k}' appears more than once.", errors);
        Duplicates(titles, t => $"{t.Instrument}/{t.Lang}", "duplicate-row", k => $"There is more than one title for {k}.", errors);
        Duplicates(actions, a => $"{a.Instrument},{a.Participant},{a.Kind},{a.Date}", "duplicate-row", k => $"The action '{k}' appears more than once.", errors);

        var instrumentIds = instruments.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var instrumentValidator = new InstrumentRowValidator(instrumentIds, today);
        Collect(instruments, instrumentValidator, errors);
        Collect(titles, new TitleRowValidator(instrumentIds), errors);
        Duplicates(shortNames, n => $"{n.Instrument}/{n.Lang}", "duplicate-row", k => $"There is more than one short name for {k}.", errors);
        Collect(shortNames, new ShortNameRowValidator(instrumentIds), errors);
        Collect(participants, new ParticipantRowValidator(today), errors);

        // Actions are checked against instruments whose own row is sound, so that one bad instrument
        // row is reported once, not once per action.
        var soundInstruments = instruments
            .Where(i => instrumentValidator.Validate(i).IsValid)
            .GroupBy(i => i.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var context = new DataContext(soundInstruments, participants.Select(p => p.Id).ToHashSet(StringComparer.Ordinal), today);
        var actionValidator = new ActionRowValidator(context);
        var soundActions = new List<ParsedAction>();
        foreach (var action in actions)
        {
            var result = actionValidator.Validate(action);
            Collect(action, result, errors);
            if (result.IsValid)
            {
                soundActions.Add(new ParsedAction(action, WireName.Parse<ActionKind>(action.Kind), PartialDate.Parse(action.Date)));
            }
        }

        var historyValidator = new ActionHistoryValidator();
        foreach (var history in Histories(soundActions, soundInstruments))
        {
            foreach (var failure in historyValidator.Validate(history).Errors)
            {
                var row = (ActionRow)failure.CustomState;
                errors.Add(new DataError(row.File, row.Line, failure.ErrorCode, failure.ErrorMessage));
            }
        }

        Collect(disagreements, new DisagreementRowValidator(context), errors);
        Duplicates(resolutions, r => r.Id, "duplicate-id", k => $"The resolution id '{k}' appears more than once.", errors);
        Duplicates(paragraphs, p => $"{p.Resolution},{p.Paragraph},{p.Instrument}", "duplicate-row", k => $"The paragraph row '{k}' appears more than once.", errors);
        Collect(resolutions, new ResolutionRowValidator(today), errors);
        Collect(paragraphs, new ResolutionParagraphRowValidator(resolutions.Select(r => r.Id).ToHashSet(StringComparer.Ordinal), instrumentIds), errors);

        // A statement belongs to a participant of the instrument, and an objection concerns one: both need an action there.
        var joined = actions.Select(a => (a.Instrument, a.Participant)).ToHashSet();
        Collect(reservations, new ReservationRowValidator(context, joined), errors);
        Duplicates(reservations, r => r.Key, "duplicate-row",
            k => $"The statement '{string.Join(",", k.Split('\u001f').Take(6))}' appears more than once with the same text.", errors);

        Collect(otherNames, new OtherNameRowValidator(context.Participants), errors);
        Duplicates(otherNames, n => $"{n.Participant},{n.Lang},{n.Name}", "duplicate-row", k => $"The other name '{k}' appears more than once.", errors);

        if (errors.Count > 0)
        {
            throw new DataValidationException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }

        return new DataSet(instruments, titles, participants, actions, disagreements, resolutions, paragraphs, reservations, version.GetAwaiter().GetResult())
        {
            ShortNames = shortNames,
            OtherNames = otherNames,
        };
    }

    /// <summary>
    /// A digest of the data files' bytes. Two replicas built from the same data/ share it, so it can
    /// seed strong ETags that a load balancer or CDN may mix.
    /// </summary>
    public static string Version(string directory) =>
        Version(Files.Select(file => (file, File.ReadAllBytes(Path.Combine(directory, file)))));

    /// <summary>The version of data files already read, in the order of <see cref="Files"/>: of the very bytes a copy of them holds.</summary>
    public static string Version(IEnumerable<(string File, byte[] Bytes)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var hash = new Sha256();
        foreach (var (file, bytes) in files)
        {
            hash.Append(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.Append(bytes);
        }

        return hash.ToHexAndReset();
    }

    private static IEnumerable<ActionHistory> Histories(List<ParsedAction> actions, Dictionary<string, InstrumentRow> instruments)
    {
        var byKey = actions
            .GroupBy(a => (a.Row.Instrument, a.Row.Participant))
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ParsedAction>)[.. g.OrderBy(a => a.Date.Start ?? DateOnly.MaxValue).ThenBy(a => a.Kind.IsConsent() ? 1 : a.Kind == ActionKind.Signature ? 0 : 2)]);
        foreach (var ((instrument, participant), history) in byKey)
        {
            var parent = instruments[instrument].Parent is { Length: > 0 } p ? p : null;
            var parentActions = parent is not null && byKey.TryGetValue((parent, participant), out var found) ? found : [];
            yield return new ActionHistory(instrument, participant, history, parent, parentActions);
        }
    }

    private static void Collect<T>(IEnumerable<T> rows, IValidator<T> validator, List<DataError> errors)
        where T : DataRow
    {
        foreach (var row in rows)
        {
            Collect(row, validator.Validate(row), errors);
        }
    }

    private static void Collect(DataRow row, ValidationResult result, List<DataError> errors) =>
        errors.AddRange(result.Errors.Select(f => new DataError(row.File, row.Line, f.ErrorCode, f.ErrorMessage)));

    private static void Duplicates<T>(IEnumerable<T> rows, Func<T, string> key, string rule, Func<string, string> message, List<DataError> errors)
        where T : DataRow
    {
        foreach (var group in rows.GroupBy(key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var row in group.Skip(1))
            {
                errors.Add(new DataError(row.File, row.Line, rule, message(group.Key) + $" First on line {group.First().Line}."));
            }
        }
    }
}
