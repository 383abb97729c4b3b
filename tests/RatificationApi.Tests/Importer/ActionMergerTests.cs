using RatificationApi.Data;
using RatificationApi.Importer;

namespace RatificationApi.Tests.Importer;

/// <summary>The merge rule: the file is complete as at D; what it cannot speak for stays.</summary>
public sealed class ActionMergerTests
{
    private static readonly DateOnly AsAt = new(2018, 1, 15);

    private static ActionRow Row(
        string participant, string kind, string date, string basis = "depositary", string reservations = "no", string notes = "", string exception = "",
        string recorded = "2026-11-28") => new()
    {
        Instrument = "opsc", Participant = participant, Kind = kind, Date = date, Reservations = reservations, Basis = basis,
        Exception = exception, Recorded = recorded, Source = "file", Notes = notes,
    };

    [Fact]
    public void Merge_SameRowInFileAndData_UnchangedAndKeepsNotesAndException()
    {
        var before = Row("ATG", "ratification", "2010-02-17", notes: "a reviewer's note", exception: "consent-without-signature: the list shows it", recorded: "2020-01-01");

        var change = Assert.Single(ActionMerger.Merge([before], [Row("ATG", "ratification", "2010-02-17")], AsAt));

        Assert.Equal(ChangeKind.Unchanged, change.Kind);
        Assert.Same(before, change.After);
    }

    [Fact]
    public void Merge_ReservationsDiffer_ChangedLineNamesTheField()
    {
        var change = Assert.Single(ActionMerger.Merge(
            [Row("BHS", "accession", "2015-09-28", reservations: "unknown", notes: "kept", recorded: "2020-01-01")], [Row("BHS", "accession", "2015-09-28")], AsAt));

        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(("kept", "2026-11-28"), (change.After!.Notes, change.After.Recorded));
        Assert.Equal("~ opsc BHS accession 2015-09-28: reservations unknown -> no", change.ToString());
    }

    [Fact]
    public void Merge_DepositaryRowMissingFromFile_Removed()
    {
        var change = Assert.Single(ActionMerger.Merge([Row("DNK", "accession", "2003-07-24")], [], AsAt));

        Assert.Equal("- opsc DNK accession 2003-07-24 (depositary): not in the depositary file", change.ToString());
    }

    [Fact]
    public void Merge_NewRowInFile_Added()
    {
        var change = Assert.Single(ActionMerger.Merge([], [Row("FJI", "ratification", "2021-03-04")], AsAt));

        Assert.Equal("+ opsc FJI ratification 2021-03-04", change.ToString());
    }

    [Theory]
    [InlineData("2021", "secondary")]
    [InlineData("2018-01", "inferred")]
    [InlineData("", "inferred")]
    public void Merge_NonDepositaryRowTheFileCannotSpeakFor_Kept(string date, string basis)
    {
        var before = Row("SSD", "consent", date, basis);

        var change = Assert.Single(ActionMerger.Merge([before], [], AsAt));

        Assert.Equal((ChangeKind.Kept, before), (change.Kind, change.After));
    }

    [Theory]
    [InlineData("2016-08")]
    [InlineData("2018-01-15")]
    [InlineData("2017")]
    public void Merge_NonDepositaryRowOnOrBeforeAsAtMissingFromFile_Removed(string date)
    {
        var change = Assert.Single(ActionMerger.Merge([Row("SLB", "accession", date, "secondary")], [], AsAt));

        Assert.Equal(ChangeKind.Removed, change.Kind);
        Assert.Contains("dated on or before 2018-01-15", change.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("accession", "2019")]
    [InlineData("consent", "")]
    public void Merge_FileHasSameParticipantAndKind_DepositaryWinsAndDroppedRowReported(string kind, string date)
    {
        var changes = ActionMerger.Merge([Row("MHL", kind, date, "inferred")], [Row("MHL", "accession", "2017-03-10")], AsAt);

        Assert.Equal(
            ["+ opsc MHL accession 2017-03-10", $"- opsc MHL {kind} {(date.Length > 0 ? date : "(undated)")} (inferred): superseded by the depositary's accession 2017-03-10"],
            changes.Select(c => c.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Merge_SecondaryRowOfOtherKindAfterAsAt_Kept()
    {
        var changes = ActionMerger.Merge([Row("KOR", "signature", "2019-01-01", "secondary")], [Row("KOR", "accession", "2017-03-10")], AsAt);

        Assert.Equal(ChangeKind.Kept, Assert.Single(changes, c => c.Row.Kind == "signature").Kind);
    }

    [Fact]
    public void Merge_SecondaryRowMatchingFileRowExactly_ChangedToDepositaryKeepingNotes()
    {
        var changes = ActionMerger.Merge([Row("BHS", "accession", "2015-09-28", "secondary", "unknown", notes: "press")], [Row("BHS", "accession", "2015-09-28")], AsAt);

        var change = Assert.Single(changes);
        Assert.Equal(ChangeKind.Changed, change.Kind);
        Assert.Equal(("depositary", "press"), (change.After!.Basis, change.After.Notes));
    }

    [Fact]
    public void Merge_UnknownAsAt_KeepsNonDepositaryRowsTheFileDoesNotSupersede()
    {
        var change = Assert.Single(ActionMerger.Merge([Row("SLB", "accession", "2016-08", "secondary")], [], null));

        Assert.Equal((ChangeKind.Kept, "the as-at date is unknown"), (change.Kind, change.Reason));
    }

    [Fact]
    public void Merge_ManyRows_InTheFileRowOrder()
    {
        var changes = ActionMerger.Merge(
            [Row("ZWE", "accession", "2013-12-13"), Row("AFG", "ratification", "2003-01-01")],
            [Row("AFG", "signature", "2002-01-01"), Row("AFG", "ratification", "2003-01-01"), Row("AFG", "denunciation", "")],
            AsAt);

        Assert.Equal(
            ["AFG denunciation ", "AFG signature 2002-01-01", "AFG ratification 2003-01-01", "ZWE accession 2013-12-13"],
            changes.Select(c => $"{c.Row.Participant} {c.Row.Kind} {c.Row.Date}"));
    }
}
