using System.Security.Cryptography;
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

    /// <summary>The files that make up the data, in the order their bytes enter the data version.</summary>
    public static IReadOnlyList<string> Files { get; } =
        [InstrumentsFile, TitlesFile, ParticipantsFile, ActionsFile, DisagreementsFile, ResolutionsFile, ResolutionParagraphsFile, ReservationsFile];

    private static readonly string[] InstrumentColumns =
    [
        "id", "short_name", "mtdsg", "chapter", "parent", "parent_reference", "adopted", "adoption_place", "adopted_by", "opened_for_signature",
        "entry_into_force", "eif_article", "eif_offset", "eif_rule_basis", "eif_rule_text", "unts_volume", "unts_page",
        "unts_registration_no", "unts_registration_date", "complete_as_at", "complete_as_at_source", "stated_signatories",
        "stated_parties", "stated_as_at", "stated_source", "source", "notes",
    ];

    private static readonly string[] TitleColumns = ["instrument", "lang", "title", "confidence", "source"];

    private static readonly string[] ParticipantColumns =
    [
        "id", "iso3", "iso2", "m49", "kind", "un_status", "un_admission_date", "region_code", "region", "subregion_code", "subregion",
        "intermediate_region_code", "intermediate_region", .. Languages.All.Select(l => "name_" + l), .. Languages.All.Select(l => "formal_name_" + l),
        "aliases", "source", "notes",
    ];

    private static readonly string[] ActionColumns = ["instrument", "participant", "kind", "date", "reservations", "basis", "exception", "recorded", "source", "notes"];

    private static readonly string[] DisagreementColumns =
        ["instrument", "participant", "field", "kept_value", "kept_source", "other_value", "other_source", "notes"];

    private static readonly string[] ResolutionColumns =
        ["id", "symbol", "adopted", "session", "meeting", "agenda_item", "committee_report", "distributed", "recalls", "source", "notes"];

    private static readonly string[] ResolutionParagraphColumns = ["resolution", "paragraph", "instrument", "summary", "source"];

    /// <summary>The columns of <c>reservations.csv</c>, in their order in the file.</summary>
    public static IReadOnlyList<string> ReservationColumns { get; } =
        ["instrument", "participant", "kind", "occasion", "date", "target", "heading", "text", "basis", "recorded", "source", "notes"];

    /// <summary>Loads and validates the data in <paramref name="directory"/>; throws <see cref="DataValidationException"/> on any problem.</summary>
    public static DataSet Load(string directory, DateOnly today)
    {
        var errors = new List<DataError>();
        var instrumentTable = CsvTable.Read(directory, InstrumentsFile, InstrumentColumns, errors);
        var titleTable = CsvTable.Read(directory, TitlesFile, TitleColumns, errors);
        var participantTable = CsvTable.Read(directory, ParticipantsFile, ParticipantColumns, errors);
        var actionTable = CsvTable.Read(directory, ActionsFile, ActionColumns, errors);
        var disagreementTable = CsvTable.Read(directory, DisagreementsFile, DisagreementColumns, errors);
        var resolutionTable = CsvTable.Read(directory, ResolutionsFile, ResolutionColumns, errors);
        var paragraphTable = CsvTable.Read(directory, ResolutionParagraphsFile, ResolutionParagraphColumns, errors);
        var reservationTable = CsvTable.Read(directory, ReservationsFile, [.. ReservationColumns], errors);
        if (instrumentTable is null || titleTable is null || participantTable is null || actionTable is null || disagreementTable is null
            || resolutionTable is null || paragraphTable is null || reservationTable is null)
        {
            throw new DataValidationException(errors);
        }

        var instruments = instrumentTable.Rows.Select(r => ToInstrument(instrumentTable, r.Line, r.Cells)).ToList();
        var titles = titleTable.Rows.Select(r => ToTitle(titleTable, r.Line, r.Cells)).ToList();
        var participants = participantTable.Rows.Select(r => ToParticipant(participantTable, r.Line, r.Cells)).ToList();
        var actions = actionTable.Rows.Select(r => ToAction(actionTable, r.Line, r.Cells)).ToList();
        var disagreements = disagreementTable.Rows.Select(r => ToDisagreement(disagreementTable, r.Line, r.Cells)).ToList();
        var resolutions = resolutionTable.Rows.Select(r => ToResolution(resolutionTable, r.Line, r.Cells)).ToList();
        var paragraphs = paragraphTable.Rows.Select(r => ToParagraph(paragraphTable, r.Line, r.Cells)).ToList();
        var reservations = reservationTable.Rows.Select(r => ToReservation(reservationTable, r.Line, r.Cells)).ToList();

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
                soundActions.Add(new ParsedAction(action, ActionKinds.Parse(action.Kind), PartialDate.Parse(action.Date)));
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

        if (errors.Count > 0)
        {
            throw new DataValidationException([.. errors.OrderBy(e => e.File, StringComparer.Ordinal).ThenBy(e => e.Line)]);
        }

        return new DataSet(instruments, titles, participants, actions, disagreements, resolutions, paragraphs, reservations, Version(directory));
    }

    /// <summary>
    /// A digest of the data files' bytes. Two replicas built from the same data/ share it, so it can
    /// seed strong ETags that a load balancer or CDN may mix.
    /// </summary>
    public static string Version(string directory)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(File.ReadAllBytes(Path.Combine(directory, file)));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
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

    private static InstrumentRow ToInstrument(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Id = t.Cell(c, "id"),
        ShortName = t.Cell(c, "short_name"),
        Mtdsg = t.Cell(c, "mtdsg"),
        Chapter = t.Cell(c, "chapter"),
        Parent = t.Cell(c, "parent"),
        ParentReference = t.Cell(c, "parent_reference"),
        Adopted = t.Cell(c, "adopted"),
        AdoptionPlace = t.Cell(c, "adoption_place"),
        AdoptedBy = t.Cell(c, "adopted_by"),
        OpenedForSignature = t.Cell(c, "opened_for_signature"),
        EntryIntoForce = t.Cell(c, "entry_into_force"),
        EifArticle = t.Cell(c, "eif_article"),
        EifOffset = t.Cell(c, "eif_offset"),
        EifRuleBasis = t.Cell(c, "eif_rule_basis"),
        EifRuleText = t.Cell(c, "eif_rule_text"),
        UntsVolume = t.Cell(c, "unts_volume"),
        UntsPage = t.Cell(c, "unts_page"),
        UntsRegistrationNo = t.Cell(c, "unts_registration_no"),
        UntsRegistrationDate = t.Cell(c, "unts_registration_date"),
        CompleteAsAt = t.Cell(c, "complete_as_at"),
        CompleteAsAtSource = t.Cell(c, "complete_as_at_source"),
        StatedSignatories = t.Cell(c, "stated_signatories"),
        StatedParties = t.Cell(c, "stated_parties"),
        StatedAsAt = t.Cell(c, "stated_as_at"),
        StatedSource = t.Cell(c, "stated_source"),
        Source = t.Cell(c, "source"),
        Notes = t.Cell(c, "notes"),
    };

    private static TitleRow ToTitle(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Instrument = t.Cell(c, "instrument"),
        Lang = t.Cell(c, "lang"),
        Title = t.Cell(c, "title"),
        Confidence = t.Cell(c, "confidence"),
        Source = t.Cell(c, "source"),
    };

    private static ParticipantRow ToParticipant(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Id = t.Cell(c, "id"),
        Iso3 = t.Cell(c, "iso3"),
        Iso2 = t.Cell(c, "iso2"),
        M49 = t.Cell(c, "m49"),
        Kind = t.Cell(c, "kind"),
        UnStatus = t.Cell(c, "un_status"),
        UnAdmissionDate = t.Cell(c, "un_admission_date"),
        RegionCode = t.Cell(c, "region_code"),
        Region = t.Cell(c, "region"),
        SubregionCode = t.Cell(c, "subregion_code"),
        Subregion = t.Cell(c, "subregion"),
        IntermediateRegionCode = t.Cell(c, "intermediate_region_code"),
        IntermediateRegion = t.Cell(c, "intermediate_region"),
        Names = Languages.All.ToDictionary(l => l, l => t.Cell(c, "name_" + l), StringComparer.Ordinal),
        FormalNames = Languages.All.ToDictionary(l => l, l => t.Cell(c, "formal_name_" + l), StringComparer.Ordinal),
        Aliases = t.Cell(c, "aliases"),
        Source = t.Cell(c, "source"),
        Notes = t.Cell(c, "notes"),
    };

    private static ActionRow ToAction(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Instrument = t.Cell(c, "instrument"),
        Participant = t.Cell(c, "participant"),
        Kind = t.Cell(c, "kind"),
        Date = t.Cell(c, "date"),
        Reservations = t.Cell(c, "reservations"),
        Basis = t.Cell(c, "basis"),
        Exception = t.Cell(c, "exception"),
        Recorded = t.Cell(c, "recorded"),
        Source = t.Cell(c, "source"),
        Notes = t.Cell(c, "notes"),
    };

    private static ResolutionRow ToResolution(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Id = t.Cell(c, "id"),
        Symbol = t.Cell(c, "symbol"),
        Adopted = t.Cell(c, "adopted"),
        Session = t.Cell(c, "session"),
        Meeting = t.Cell(c, "meeting"),
        AgendaItem = t.Cell(c, "agenda_item"),
        CommitteeReport = t.Cell(c, "committee_report"),
        Distributed = t.Cell(c, "distributed"),
        Recalls = t.Cell(c, "recalls"),
        Source = t.Cell(c, "source"),
        Notes = t.Cell(c, "notes"),
    };

    private static ResolutionParagraphRow ToParagraph(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Resolution = t.Cell(c, "resolution"),
        Paragraph = t.Cell(c, "paragraph"),
        Instrument = t.Cell(c, "instrument"),
        Summary = t.Cell(c, "summary"),
        Source = t.Cell(c, "source"),
    };

    private static ReservationRow ToReservation(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Instrument = t.Cell(c, "instrument"),
        Participant = t.Cell(c, "participant"),
        Kind = t.Cell(c, "kind"),
        Occasion = t.Cell(c, "occasion"),
        Date = t.Cell(c, "date"),
        Target = t.Cell(c, "target"),
        Heading = t.Cell(c, "heading"),
        Text = t.Cell(c, "text"),
        Basis = t.Cell(c, "basis"),
        Recorded = t.Cell(c, "recorded"),
        Source = t.Cell(c, "source"),
        Notes = t.Cell(c, "notes"),
    };

    private static DisagreementRow ToDisagreement(CsvTable t, int line, string[] c) => new(t.File, line)
    {
        Instrument = t.Cell(c, "instrument"),
        Participant = t.Cell(c, "participant"),
        Field = t.Cell(c, "field"),
        KeptValue = t.Cell(c, "kept_value"),
        KeptSource = t.Cell(c, "kept_source"),
        OtherValue = t.Cell(c, "other_value"),
        OtherSource = t.Cell(c, "other_source"),
        Notes = t.Cell(c, "notes"),
    };
}
