using CsvHelper.Configuration;

namespace RatificationApi.Data;

/// <summary>A row of a data file, as text, with the line it starts on (the header is line 1).</summary>
/// <remarks>
/// Where a row stands is not part of what it says: two rows with the same cells are equal on any line, which is how the
/// importer tells a row it rebuilt from the depositary's list from the one the file already holds.
/// </remarks>
public abstract record DataRow
{
    public string File { get; init; } = string.Empty;

    public int Line { get; init; }

    public virtual bool Equals(DataRow? other) => other is not null && EqualityContract == other.EqualityContract;

    public override int GetHashCode() => EqualityContract.GetHashCode();

    /// <summary>This row as read from <paramref name="line"/> of <paramref name="file"/>.</summary>
    internal DataRow At(string file, int line) => this with { File = file, Line = line };
}

/// <summary>A row type of one data file, with the class map that names its columns for reading and writing alike.</summary>
public interface ICsvRow<TSelf>
    where TSelf : DataRow, ICsvRow<TSelf>
{
    static abstract string FileName { get; }

    static abstract ClassMap<TSelf> CreateMap();
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
    string Version)
{
    /// <summary>The instruments' short names in languages other than English, where a source gives one.</summary>
    public IReadOnlyList<ShortNameRow> ShortNames { get; init; } = [];

    /// <summary>The names the participants are also known by (<c>participant-other-names.csv</c>).</summary>
    public IReadOnlyList<OtherNameRow> OtherNames { get; init; } = [];
}

/// <summary>Thrown when the data files fail validation; carries every problem found.</summary>
public sealed class DataValidationException(IReadOnlyList<DataError> errors)
    : Exception($"The data failed validation with {errors.Count} problem(s):{Environment.NewLine}{string.Join(Environment.NewLine, errors.Take(50))}")
{
    public IReadOnlyList<DataError> Errors { get; } = errors;
}
