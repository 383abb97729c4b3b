namespace RatificationApi.Importer;

/// <summary>
/// The document's own consistency check (FORMAT.md §6): the header's Status counts must equal the counts
/// derived from the rows. Bracketed (withdrawn) dates count for neither, as the depositary counts them.
/// </summary>
internal static class StatusCheck
{
    /// <summary>The counts derived from the rows.</summary>
    public static (int Signatories, int Parties) RowCounts(MtdsgDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return (CountRows(document, ColumnRole.Signature), CountRows(document, ColumnRole.Consent));
    }

    /// <summary>One line per count that differs, e.g. <c>parties: header 173, rows 172 (-1)</c>; empty when all agree.</summary>
    public static List<string> Mismatches(MtdsgDocument document)
    {
        var (signatories, parties) = RowCounts(document);
        var mismatches = new List<string>();
        Compare("signatories", document.Header.Signatories, signatories, mismatches);
        Compare("parties", document.Header.Parties, parties, mismatches);
        return mismatches;
    }

    private static int CountRows(MtdsgDocument document, ColumnRole role) =>
        document.Rows.Count(r => r.Cells.Zip(document.Columns).Any(p => p.First is { Bracketed: false } && p.Second.Role == role));

    // A header without a count (amendments often state only parties) has nothing to compare.
    private static void Compare(string what, int? stated, int counted, List<string> mismatches)
    {
        if (stated is { } header && header != counted)
        {
            mismatches.Add($"{what}: header {header}, rows {counted} ({counted - header:+0;-0})");
        }
    }
}
