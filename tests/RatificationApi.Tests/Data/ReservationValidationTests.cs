using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Data;

/// <summary>Each rule of reservations.csv fails on a row made to break it, and the message names the file, the line and the rule.</summary>
public class ReservationValidationTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    // instrument,participant,kind,occasion,date,target,heading,text,basis,recorded,source,notes
    private const string Good = "opsc,AUT,objection,,2002-10-04,QAT,With regard to the reservation made by Qatar upon accession:,Austria objects.,depositary,2026-11-28,test,";

    private static (string Directory, int Line) WithReservation(string row)
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.ReservationsFile);
        var line = CountLines(path) + 1;
        File.AppendAllText(path, row + "\n");
        return (directory, line);
    }

    // Physical lines: a quoted text may span several.
    private static int CountLines(string path) => File.ReadAllText(path).Count(c => c == '\n');

    private static DataValidationException Fails(string directory) =>
        Assert.Throws<DataValidationException>(() => DataSetLoader.Load(directory, Today));

    [Fact]
    public void Load_GoodRow_Valid()
    {
        var (directory, _) = WithReservation(Good);

        var data = DataSetLoader.Load(directory, Today);

        Assert.Contains(data.Reservations, r => r is { Participant: "AUT", Target: "QAT", Text: "Austria objects." });
    }

    [Theory]
    [InlineData("palermo,AUT,objection,,2002-10-04,QAT,,Austria objects.,depositary,2026-11-28,test,", "unknown-instrument", "'palermo'")]
    [InlineData("opsc,XXX,objection,,2002-10-04,QAT,,Austria objects.,depositary,2026-11-28,test,", "unknown-participant", "'XXX'")]
    [InlineData("opsc,AUT,protest,,2002-10-04,QAT,,Austria objects.,depositary,2026-11-28,test,", "unknown-kind", "'protest'")]
    [InlineData("opsc,AUT,objection,deposit,2002-10-04,QAT,,Austria objects.,depositary,2026-11-28,test,", "invalid-occasion", "'deposit'")]
    [InlineData("opsc,AUT,objection,,2002-02-30,QAT,,Austria objects.,depositary,2026-11-28,test,", "invalid-date", "'2002-02-30' does not exist")]
    [InlineData("opsc,AUT,objection,,4 Oct 2002,QAT,,Austria objects.,depositary,2026-11-28,test,", "invalid-date", "'4 Oct 2002'")]
    [InlineData("opsc,AUT,objection,,2027-01-01,QAT,,Austria objects.,depositary,2026-11-28,test,", "future-date", "lies in the future")]
    [InlineData("opsc,AUT,objection,,1999-12-31,QAT,,Austria objects.,depositary,2026-11-28,test,", "before-adoption", "2000-05-25")]
    [InlineData("opsc,AUT,objection,,2002-10-04,XYZ,,Austria objects.,depositary,2026-11-28,test,", "unknown-target", "'XYZ'")]
    [InlineData("opsc,AUT,declaration,,2002-10-04,QAT,,Austria declares.,depositary,2026-11-28,test,", "target-not-objection", "this row is a declaration")]
    [InlineData("opsc,AUT,objection,,2002-10-04,AUT,,Austria objects.,depositary,2026-11-28,test,", "target-is-self", "its own statement")]
    [InlineData("opsc,AUT,objection,,2002-10-04,EU,,Austria objects.,depositary,2026-11-28,test,", "target-without-action", "EU has no action under opsc")]
    [InlineData("opsc,EU,declaration,,,,,The Union declares.,depositary,2026-11-28,test,", "statement-without-action", "EU has a statement under opsc but no action")]
    [InlineData("opsc,AUT,objection,,2002-10-04,QAT,,,depositary,2026-11-28,test,", "missing-text", "its text, or notes")]
    [InlineData("opsc,AUT,objection,,2002-10-04,QAT,,Austria objects.,hearsay,2026-11-28,test,", "invalid-basis", "'hearsay'")]
    [InlineData("opsc,AUT,objection,,2002-10-04,QAT,,Austria objects.,depositary,2027-01-01,test,", "invalid-recorded", "'2027-01-01'")]
    [InlineData("opsc,AUT,objection,,2002-10-04,QAT,,Austria objects.,depositary,2026-11-28,,", "missing-source", "source")]
    public void Load_StatementBreakingRule_FailsNamingFileLineAndRule(string row, string rule, string mentions)
    {
        var (directory, line) = WithReservation(row);

        var ex = Fails(directory);

        var error = Assert.Single(ex.Errors);
        Assert.Equal((DataSetLoader.ReservationsFile, line, rule), (error.File, error.Line, error.Rule));
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"data/reservations.csv:{line}: [{rule}] ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateStatement_FailsOnTheSecondNamingTheFirst()
    {
        var (directory, first) = WithReservation(Good);
        File.AppendAllText(Path.Combine(directory, DataSetLoader.ReservationsFile), Good.Replace(",test,", ",another source,", StringComparison.Ordinal) + "\n");

        var error = Assert.Single(Fails(directory).Errors);

        Assert.Equal(("duplicate-row", first + 1), (error.Rule, error.Line));
        Assert.Contains($"First on line {first}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MultiLineTextThenABadRow_TheErrorNamesTheBadRowsOwnLine()
    {
        var (directory, first) = WithReservation("opsc,AUT,objection,,2002-10-04,QAT,,\"First paragraph.\nSecond paragraph.\",depositary,2026-11-28,test,");
        File.AppendAllText(Path.Combine(directory, DataSetLoader.ReservationsFile), "opsc,AUT,objection,,2002-10-05,QAT,,Again.,depositary,2026-11-28,,\n");

        var error = Assert.Single(Fails(directory).Errors);

        Assert.Equal(("missing-source", first + 2), (error.Rule, error.Line));
    }

    [Fact]
    public void Load_RepositoryReservations_EveryRowHasItsSourceAndAKnownKind()
    {
        var data = DataSetLoader.Load(TestPaths.RepositoryData, Today);

        Assert.All(data.Reservations, r =>
        {
            Assert.NotEmpty(r.Source);
            Assert.True(RatificationApi.Domain.WireName.TryParse<RatificationApi.Domain.StatementKind>(r.Kind, out _), r.Kind);
        });
    }
}
