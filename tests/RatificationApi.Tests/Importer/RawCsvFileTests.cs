using RatificationApi.Data;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

public sealed class RawCsvFileTests
{
    [Theory]
    [InlineData("actions.csv")]
    [InlineData("instruments.csv")]
    [InlineData("participants.csv")]
    public void Read_RealDataFile_RecordsReassembleTheFileByteForByte(string file)
    {
        var path = Path.Combine(ImporterTestFiles.RealData, file);

        Assert.Equal(File.ReadAllText(path), RawCsvFile.Read(path).ToText());
    }

    [Fact]
    public void Format_RealActions_WritesEveryRecordAsTheProjectDoes()
    {
        // The importer formats the rows it changes; they must look like the rows people wrote.
        var file = RawCsvFile.Read(Path.Combine(ImporterTestFiles.RealData, "actions.csv"));

        Assert.All(file.Records, r => Assert.Equal(r.Raw, DataCsv.FormatCells(r.Cells)));
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, "a,b\n")]
    [InlineData(new[] { "a, b", "" }, "\"a, b\",\n")]
    [InlineData(new[] { "say \"x\"", "line\nbreak" }, "\"say \"\"x\"\"\",\"line\nbreak\"\n")]
    public void Format_CellsNeedingQuotes_QuotedOnlyThen(string[] cells, string line)
    {
        Assert.Equal(line, DataCsv.FormatCells(cells));
    }
}
