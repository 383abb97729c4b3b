namespace RatificationApi.Tests.Snapshots;

/// <summary>The failure message of a snapshot: where the answer first differs, readable in a one-line body.</summary>
public class SnapshotTests
{
    [Fact]
    public void Difference_ChangeOnSecondLine_LineColumnAndBothSides()
    {
        var message = Snapshot.Difference("HTTP 200 OK\n<p>party</p>\r\n", "HTTP 200 OK\n<p>partie</p>\r\n");

        Assert.Equal(
            "First difference at line 2, column 8 (character 19):\n"
            + "  expected: HTTP 200 OK\\n<p>part⟦y</p>\\r\\n\n"
            + "  actual:   HTTP 200 OK\\n<p>part⟦ie</p>\\r\\n",
            message);
    }

    [Fact]
    public void Difference_ActualLonger_SaysWhereTheExpectedEnds()
    {
        var message = Snapshot.Difference("abc", "abcd");

        Assert.Equal("First difference at line 1, column 4 (character 3):\n  expected: abc⟦(ends here)\n  actual:   abc⟦d", message);
    }
}
