using RatificationApi.Data;
using RatificationApi.Importer;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Importer;

/// <summary>
/// A copy of the repository's data/ in a temp folder, with actions.csv replaced by a few rows chosen to
/// exercise every merge rule, and the as-at cells of two instruments set. Every other file is the real one,
/// so the copy follows the data format as it evolves. Each test gets its own copy.
/// </summary>
internal sealed class TestDataDirectory : IDisposable
{
    /// <summary>A date no real row is after, so that the real files validate; rows the importer writes carry it as recorded.</summary>
    public static readonly DateOnly Today = TestClock.TodayFor(ImporterTestFiles.RealData);

    public const string OldRecorded = "2020-01-01";

    private static readonly RawCsvFile RealActions = RawCsvFile.Read(System.IO.Path.Combine(ImporterTestFiles.RealData, DataSetLoader.ActionsFile));

    public TestDataDirectory(string opscCompleteAsAt = "2010-01-01")
    {
        Path = Directory.CreateTempSubdirectory("importer-tests-").FullName;
        foreach (var file in DataSetLoader.Files)
        {
            System.IO.File.Copy(System.IO.Path.Combine(ImporterTestFiles.RealData, file), File(file));
        }

        SetCompleteAsAt("opsc", opscCompleteAsAt, "old list");
        SetCompleteAsAt("cedaw", "2020-01-01", "an old page");
        System.IO.File.WriteAllText(File(DataSetLoader.ActionsFile), Actions);
        System.IO.File.WriteAllText(File(DataSetLoader.ReservationsFile), Reservations);
    }

    public static string TodayText => RatificationApi.Domain.IsoDate.Format(Today);

    public static string ActionsHeader => RealActions.HeaderRaw;

    /// <summary>A row of another instrument, quoted without need: it must survive byte for byte.</summary>
    public static string OtherInstrumentRow =>
        Line("slavery-convention-1956", "AFG", "accession", "1966-11-16", "no", "depositary", "allucinaria/XML@9682127:XVIII-4.en.xml")
            .Replace(",allucinaria/XML@9682127:XVIII-4.en.xml,", ",\"allucinaria/XML@9682127:XVIII-4.en.xml\",", StringComparison.Ordinal);

    public static string Actions =>
        ActionsHeader +
        Line("cedaw", "AFG", "signature", "1980-08-14", "no", "depositary", "old") +
        Line("cedaw", "AFG", "ratification", "2003-03-05", "no", "depositary", "old") +
        Line("opsc", "AFG", "accession", "2002-09-19", "unknown", "depositary", "old-source", "a note to keep") +
        Line("opsc", "ALB", "signature", "2000-09-07", "no", "depositary", "src") +
        Line("opsc", "ALB", "ratification", "2008-02-05", "no", "depositary", "src") +
        Line("opsc", "BHS", "accession", "2015-09-28", "unknown", "secondary", "https://example.org/bhs, a press release") +
        Line("opsc", "DNK", "accession", "2003-07-24", "no", "depositary", "src") +
        Line("opsc", "FJI", "consent", "2021", "unknown", "secondary", "wpdl") +
        Line("opsc", "MHL", "consent", string.Empty, "unknown", "inferred", "by elimination") +
        Line("opsc", "SLB", "accession", "2016-08", "unknown", "secondary", "press") +
        Line("opsc", "SSD", "consent", string.Empty, "unknown", "inferred", "by elimination") +
        OtherInstrumentRow;

    public static string ReservationsHeader => DataCsv.FormatCells(DataCsv.Columns<ReservationRow>());

    /// <summary>A statement of another instrument, with a text of two lines: it must survive byte for byte.</summary>
    public static string OtherInstrumentStatement =>
        Statement("cedaw", "AFG", "reservation", "ratification", string.Empty, string.Empty, "Reservation:", "Line one.\nLine two.", "depositary", "old");

    /// <summary>Statements chosen to exercise every merge rule for the small OPSC file.</summary>
    public static string Reservations =>
        ReservationsHeader +
        OtherInstrumentStatement +
        Statement("opsc", "AFG", "declaration", "accession", string.Empty, string.Empty, "Declaration:", "Afghanistan declares.", "depositary", "old-source") +
        Statement("opsc", "ALB", "territorial_application", string.Empty, "2008-02-05", string.Empty, string.Empty, "All its territories", "depositary", "src") +
        Statement("opsc", "BHS", "reservation", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "secondary", "press", "a press report") +
        Statement("opsc", "DNK", "reservation", "accession", string.Empty, string.Empty, "Reservation:", "Denmark reserves.", "depositary", "src") +
        Statement("opsc", "MHL", "declaration", string.Empty, string.Empty, string.Empty, string.Empty, string.Empty, "secondary", "press", "the text was not seen");

    public string Path { get; }

    /// <summary>One reservations.csv line in the real file's column order.</summary>
    public static string Statement(
        string instrument, string participant, string kind, string occasion, string date, string target, string heading, string text,
        string basis, string source, string notes = "", string recorded = OldRecorded) =>
        DataCsv.Format(
            new ReservationRow
            {
                Instrument = instrument, Participant = participant, Kind = kind, Occasion = occasion, Date = date, Target = target, Heading = heading,
                Text = text, Basis = basis, Recorded = recorded, Source = source, Notes = notes,
            },
            DataCsv.Columns<ReservationRow>());

    /// <summary>One actions.csv line in the real file's column order.</summary>
    public static string Line(
        string instrument, string participant, string kind, string date, string reservations, string basis, string source,
        string notes = "", string recorded = OldRecorded) =>
        DataCsv.Format(
            new ActionRow
            {
                Instrument = instrument, Participant = participant, Kind = kind, Date = date, Reservations = reservations, Basis = basis,
                Exception = string.Empty, Recorded = recorded, Source = source, Notes = notes,
            },
            RealActions.Header);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Read(string name) => System.IO.File.ReadAllText(File(name));

    /// <summary>Every data file's bytes (as hex), to show that a failed import wrote nothing.</summary>
    public Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(Path).ToDictionary(f => System.IO.Path.GetFileName(f), f => Convert.ToHexString(System.IO.File.ReadAllBytes(f)), StringComparer.Ordinal);

    /// <summary>Writes an input file beside (not into) the data files.</summary>
    public string WriteInput(string name, byte[] bytes)
    {
        var inputs = Directory.CreateDirectory(System.IO.Path.Combine(Path, "inputs"));
        var path = System.IO.Path.Combine(inputs.FullName, name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private void SetCompleteAsAt(string instrument, string date, string source)
    {
        var file = RawCsvFile.Read(File(DataSetLoader.InstrumentsFile));
        var (id, asAt, from) = (file.Column("id"), file.Column("complete_as_at"), file.Column("complete_as_at_source"));
        var records = file.Records.Select(r =>
        {
            if (r.Cells[id] != instrument)
            {
                return r;
            }

            var cells = r.Cells.ToArray();
            (cells[asAt], cells[from]) = (date, source);
            return new RawCsvRecord(cells, RawCsvFile.Format(cells));
        });
        System.IO.File.WriteAllText(File(DataSetLoader.InstrumentsFile), file.ToText(records));
    }
}
