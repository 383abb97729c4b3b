using RatificationApi.Data;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Data;

/// <summary>Each rule fails on a row made to break it, and the message names the file, the line and the rule.</summary>
public class DataValidationTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static (string Directory, int Line) WithAction(string row)
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.ActionsFile);
        var line = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, row + "\n");
        return (directory, line);
    }

    private static DataValidationException Fails(string directory) =>
        Assert.Throws<DataValidationException>(() => DataSetLoader.Load(directory, Today));

    [Fact]
    public void Load_RepositoryData_Valid()
    {
        var data = DataSetLoader.Load(TestPaths.RepositoryData, Today);

        Assert.Equal(5, data.Instruments.Count);
        Assert.Equal(198, data.Participants.Count);
        Assert.Equal(64, data.Version.Length);
    }

    [Theory]
    [InlineData("cedaw,XXX,accession,2000-01-01,no,depositary,,2026-11-28,test,", "unknown-participant", "'XXX'")]
    [InlineData("palermo,FRA,accession,2000-01-01,no,depositary,,2026-11-28,test,", "unknown-instrument", "'palermo'")]
    [InlineData("cedaw,IRN,ratify,2000-01-01,no,depositary,,2026-11-28,test,", "unknown-kind", "'ratify'")]
    [InlineData("cedaw,IRN,accession,2023-02-30,no,depositary,,2026-11-28,test,", "invalid-date", "'2023-02-30' does not exist")]
    [InlineData("cedaw,IRN,accession,14 Aug 2014,no,depositary,,2026-11-28,test,", "invalid-date", "'14 Aug 2014'")]
    [InlineData("cedaw,IRN,accession,2027-01-01,no,depositary,,2026-11-28,test,", "future-date", "lies in the future")]
    [InlineData("cedaw,IRN,signature,1970-01-01,no,depositary,,2026-11-28,test,", "before-adoption", "1979-12-18")]
    [InlineData("cedaw,IRN,accession,2000-01-01,maybe,depositary,,2026-11-28,test,", "invalid-reservations", "'maybe'")]
    [InlineData("cedaw,IRN,accession,2000-01-01,no,hearsay,,2026-11-28,test,", "invalid-basis", "'hearsay'")]
    [InlineData("cedaw,IRN,accession,2000-01-01,no,depositary,,2026-11-28,,", "missing-source", "source")]
    [InlineData("cedaw,FRA,accession,2000-01-01,no,depositary,,2026-11-28,test,", "second-consent", "without a denunciation")]
    [InlineData("cedaw,FRA,signature,1999-01-01,no,depositary,,2026-11-28,test,", "second-signature", "signed cedaw twice")]
    [InlineData("cedaw,IRN,denunciation,2000-01-01,no,depositary,,2026-11-28,test,", "denunciation-without-consent", "without being bound")]
    [InlineData("trafficking-protocol,IRN,accession,2010-01-01,no,depositary,,2026-11-28,test,", "protocol-without-parent", "no consent to be bound by its parent untoc")]
    [InlineData("trafficking-protocol,MHL,accession,2010-01-01,no,depositary,,2026-11-28,test,", "protocol-without-parent", "before it became a party to untoc on 2011-06-15")]
    [InlineData("cedaw,IRN,ratification,2000-01-01,no,depositary,,2026-11-28,test,", "consent-without-signature", "with no signature")]
    [InlineData("cedaw,USA,accession,2020-01-01,no,depositary,,2026-11-28,test,", "accession-after-signature", "after its signature of 1980-07-17")]
    [InlineData("cedaw,IRN,accession,2000-01-01,no,depositary,accession-after-signature: test,2026-11-28,test,", "unused-exception", "does not break that rule")]
    [InlineData("cedaw,USA,accession,2020-01-01,no,depositary,some reason,2026-11-28,test,", "invalid-exception", "'rule: reason'")]
    [InlineData("cedaw,IRN,accession,2000-01-01,no,depositary,,2027-01-01,test,", "invalid-recorded", "'2027-01-01'")]
    [InlineData("cedaw,IRN,accession,2000-01-01,no,depositary,,,test,", "invalid-recorded", "recorded ''")]
    public void Load_ActionBreakingRule_FailsNamingFileLineAndRule(string row, string rule, string mentions)
    {
        var (directory, line) = WithAction(row);

        var ex = Fails(directory);

        var error = Assert.Single(ex.Errors, e => e.Rule == rule);
        Assert.Equal(DataSetLoader.ActionsFile, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"data/actions.csv:{line}: [{rule}] ", error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cedaw,en,CEDAW,official,test,", "unknown-language", "instruments.csv")]
    [InlineData("cedaw,it,CEDAW,official,test,", "unknown-language", "'it'")]
    [InlineData("palermo,fr,CTO,official,test,", "unknown-instrument", "'palermo'")]
    [InlineData("cedaw,fr,,official,test,", "missing-field", "short_name")]
    [InlineData("cedaw,fr,CEDEF,likely,test,", "invalid-confidence", "'likely'")]
    [InlineData("cedaw,fr,CEDEF,official,,", "missing-source", "source")]
    [InlineData("untoc,fr,CTO,official,test,", "duplicate-row", "untoc/fr")]
    public void Load_ShortNameBreakingRule_FailsNamingFileLineAndRule(string row, string rule, string mentions)
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.ShortNamesFile);
        var line = File.ReadAllLines(path).Length + 1;
        File.AppendAllText(path, row + "\n");

        var error = Assert.Single(Fails(directory).Errors, e => e.Rule == rule);

        Assert.Equal(DataSetLoader.ShortNamesFile, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(mentions, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RepositoryShortNames_EachSourcedAndNoneInEnglish()
    {
        var data = DataSetLoader.Load(TestPaths.RepositoryData, Today);

        Assert.NotEmpty(data.ShortNames);
        Assert.All(data.ShortNames, n =>
        {
            Assert.NotEqual("en", n.Lang);
            Assert.Matches(@"https?://|CTOC/COP/|V\.\d", n.Source);
        });
    }

    [Fact]
    public void Load_AccessionAfterSignatureWithSourcedException_Accepted()
    {
        var (directory, _) = WithAction("cedaw,USA,accession,2020-01-01,no,depositary,accession-after-signature: test of the exception,2026-11-28,test,");

        var data = DataSetLoader.Load(directory, Today);

        Assert.Contains(data.Actions, a => a.Participant == "USA" && a.Instrument == "cedaw" && a.Kind == "accession");
    }

    [Fact]
    public void Load_RealExceptions_EachNamesARuleAndAReason()
    {
        var data = DataSetLoader.Load(TestPaths.RepositoryData, Today);

        var exceptions = data.Actions.Where(a => a.Exception.Length > 0).ToList();
        Assert.NotEmpty(exceptions);
        Assert.All(exceptions, a => Assert.Matches("^(consent-without-signature|accession-after-signature): .{10,}", a.Exception));
    }

    [Fact]
    public void Load_DuplicateRow_Fails()
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.ActionsFile);
        var lines = File.ReadAllLines(path);
        File.AppendAllText(path, lines[1] + "\n");

        var ex = Fails(directory);

        var error = Assert.Single(ex.Errors, e => e.Rule == "duplicate-row");
        Assert.Equal(lines.Length + 1, error.Line);
        Assert.Contains("First on line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_FailsNamingIt()
    {
        var directory = TestPaths.CopyOfData();
        File.Delete(Path.Combine(directory, DataSetLoader.ParticipantsFile));

        var ex = Fails(directory);

        var error = Assert.Single(ex.Errors);
        Assert.Equal(("participants.csv", "missing-file"), (error.File, error.Rule));
    }

    [Fact]
    public void Load_RowWithTooFewCells_FailsWithItsLine()
    {
        var (directory, line) = WithAction("cedaw,IRN,accession");

        var error = Assert.Single(Fails(directory).Errors);

        Assert.Equal(("column-count", line), (error.Rule, error.Line));
    }

    [Fact]
    public void Load_TruncatedFile_Fails()
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.InstrumentsFile);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        Assert.NotEmpty(Fails(directory).Errors);
    }

    [Fact]
    public void Load_MissingColumn_Fails()
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.ActionsFile);
        var lines = File.ReadAllLines(path);
        lines[0] = lines[0].Replace("basis", "basis_of_it", StringComparison.Ordinal);
        File.WriteAllLines(path, lines);

        var error = Assert.Single(Fails(directory).Errors);

        Assert.Equal(("missing-column", 1), (error.Rule, error.Line));
        Assert.Contains("basis", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InvalidUtf8_Fails()
    {
        var directory = TestPaths.CopyOfData();
        File.AppendAllBytes(Path.Combine(directory, DataSetLoader.ActionsFile), [0x63, 0xFF, 0xFE, 0x0A]);

        var error = Assert.Single(Fails(directory).Errors);

        Assert.Equal("encoding", error.Rule);
    }

    [Fact]
    public void Load_UnknownParentInstrument_Fails()
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.InstrumentsFile);
        File.WriteAllText(path, File.ReadAllText(path).Replace(",XVIII-12-a,18,untoc,", ",XVIII-12-a,18,palermo,", StringComparison.Ordinal));

        var ex = Fails(directory);

        Assert.Contains(ex.Errors, e => e.File == "instruments.csv" && e.Rule == "unknown-instrument" && e.Message.Contains("palermo", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(",IV-11-c,4,", ",IV-11-c,11,")]
    [InlineData(",IV-11-c,4,", ",IV-11-c,IV,")]
    [InlineData(",IV-11-c,4,", ",IV-11-c,,")]
    [InlineData(",XVIII-4,18,", ",XVIII-4,4,")]
    public void Load_ChapterDisagreesWithMtdsg_Fails(string from, string to)
    {
        var directory = TestPaths.CopyOfData();
        var path = Path.Combine(directory, DataSetLoader.InstrumentsFile);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));

        // The instrument's actions then fail too, as for any invalid instrument row; in instruments.csv only the chapter does.
        var errors = Fails(directory).Errors.Where(e => e.File == "instruments.csv").ToList();

        var error = Assert.Single(errors);
        Assert.Equal("invalid-chapter", error.Rule);
        Assert.Contains(from.Split(',')[1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateData_BadRow_PrintsEachProblemAndExitsOne()
    {
        var (directory, line) = WithAction("cedaw,IRN,accession,2023-02-30,no,depositary,,2026-11-28,test,");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = DataCommands.ValidateData([directory], output, error, Today);

        Assert.Equal(1, exit);
        Assert.Contains($"data/actions.csv:{line}: [invalid-date]", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("1 problem(s)", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ValidateData_RepositoryData_ExitsZero()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = DataCommands.ValidateData([TestPaths.RepositoryData], output, error, Today);

        Assert.Equal(0, exit);
        Assert.StartsWith("OK: ", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(string.Empty, error.ToString());
    }
}
