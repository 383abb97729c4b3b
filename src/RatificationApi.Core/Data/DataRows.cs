namespace RatificationApi.Data;

/// <summary>A row of a data file, as text, with the line it starts on (the header is line 1).</summary>
public abstract record DataRow(string File, int Line);

public sealed record InstrumentRow(string File, int Line) : DataRow(File, Line)
{
    public required string Id { get; init; }
    public required string ShortName { get; init; }
    public required string Mtdsg { get; init; }
    public required string Chapter { get; init; }
    public required string Parent { get; init; }
    public required string ParentReference { get; init; }
    public required string Adopted { get; init; }
    public required string AdoptionPlace { get; init; }
    public required string AdoptedBy { get; init; }
    public required string OpenedForSignature { get; init; }
    public required string EntryIntoForce { get; init; }
    public required string EifArticle { get; init; }
    public required string EifOffset { get; init; }
    public required string EifRuleBasis { get; init; }
    public required string EifRuleText { get; init; }
    public required string UntsVolume { get; init; }
    public required string UntsPage { get; init; }
    public required string UntsRegistrationNo { get; init; }
    public required string UntsRegistrationDate { get; init; }
    public required string CompleteAsAt { get; init; }
    public required string CompleteAsAtSource { get; init; }
    public required string StatedSignatories { get; init; }
    public required string StatedParties { get; init; }
    public required string StatedAsAt { get; init; }
    public required string StatedSource { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }
}

public sealed record TitleRow(string File, int Line) : DataRow(File, Line)
{
    public required string Instrument { get; init; }
    public required string Lang { get; init; }
    public required string Title { get; init; }
    public required string Confidence { get; init; }
    public required string Source { get; init; }
}

public sealed record ParticipantRow(string File, int Line) : DataRow(File, Line)
{
    public required string Id { get; init; }
    public required string Iso3 { get; init; }
    public required string Iso2 { get; init; }
    public required string M49 { get; init; }
    public required string Kind { get; init; }
    public required string UnStatus { get; init; }
    public required string UnAdmissionDate { get; init; }
    public required string RegionCode { get; init; }
    public required string Region { get; init; }
    public required string SubregionCode { get; init; }
    public required string Subregion { get; init; }
    public required string IntermediateRegionCode { get; init; }
    public required string IntermediateRegion { get; init; }

    /// <summary>Short names by language (ar, en, es, fr, ru, zh); empty where unknown.</summary>
    public required IReadOnlyDictionary<string, string> Names { get; init; }

    /// <summary>Formal names by language; empty where unknown.</summary>
    public required IReadOnlyDictionary<string, string> FormalNames { get; init; }

    public required string Aliases { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }
}

public sealed record ActionRow(string File, int Line) : DataRow(File, Line)
{
    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Kind { get; init; }
    public required string Date { get; init; }
    public required string Reservations { get; init; }
    public required string Basis { get; init; }
    public required string Exception { get; init; }
    public required string Recorded { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }
}

/// <summary>One row of <c>reservations.csv</c>: a reservation, declaration, objection or territorial application.</summary>
public sealed record ReservationRow(string File, int Line) : DataRow(File, Line)
{
    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Kind { get; init; }
    public required string Occasion { get; init; }
    public required string Date { get; init; }
    public required string Target { get; init; }
    public required string Heading { get; init; }
    public required string Text { get; init; }
    public required string Basis { get; init; }
    public required string Recorded { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }

    /// <summary>What makes a statement itself; two rows with the same key say the same thing twice.</summary>
    public string Key => string.Join('\u001f', Instrument, Participant, Kind, Occasion, Date, Target, Text);
}

public sealed record DisagreementRow(string File, int Line) : DataRow(File, Line)
{
    public required string Instrument { get; init; }
    public required string Participant { get; init; }
    public required string Field { get; init; }
    public required string KeptValue { get; init; }
    public required string KeptSource { get; init; }
    public required string OtherValue { get; init; }
    public required string OtherSource { get; init; }
    public required string Notes { get; init; }
}

public sealed record ResolutionRow(string File, int Line) : DataRow(File, Line)
{
    public required string Id { get; init; }
    public required string Symbol { get; init; }
    public required string Adopted { get; init; }
    public required string Session { get; init; }
    public required string Meeting { get; init; }
    public required string AgendaItem { get; init; }
    public required string CommitteeReport { get; init; }
    public required string Distributed { get; init; }
    public required string Recalls { get; init; }
    public required string Source { get; init; }
    public required string Notes { get; init; }
}

public sealed record ResolutionParagraphRow(string File, int Line) : DataRow(File, Line)
{
    public required string Resolution { get; init; }
    public required string Paragraph { get; init; }
    public required string Instrument { get; init; }
    public required string Summary { get; init; }
    public required string Source { get; init; }
}

/// <summary>One problem in the data: where it is, which rule it breaks, and what is wrong.</summary>
public sealed record DataError(string File, int Line, string Rule, string Message)
{
    public override string ToString() => Line > 0
        ? $"data/{File}:{Line}: [{Rule}] {Message}"
        : $"data/{File}: [{Rule}] {Message}";
}

/// <summary>The data files, read and validated, ready to be loaded into the database.</summary>
public sealed record DataSet(
    IReadOnlyList<InstrumentRow> Instruments,
    IReadOnlyList<TitleRow> Titles,
    IReadOnlyList<ParticipantRow> Participants,
    IReadOnlyList<ActionRow> Actions,
    IReadOnlyList<DisagreementRow> Disagreements,
    IReadOnlyList<ResolutionRow> Resolutions,
    IReadOnlyList<ResolutionParagraphRow> ResolutionParagraphs,
    IReadOnlyList<ReservationRow> Reservations,
    string Version);

/// <summary>Thrown when the data files fail validation; carries every problem found.</summary>
public sealed class DataValidationException(IReadOnlyList<DataError> errors)
    : Exception($"The data failed validation with {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}")
{
    public IReadOnlyList<DataError> Errors { get; } = errors;
}
