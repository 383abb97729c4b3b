using System.Text;

namespace RatificationApi.Importer;

/// <summary>
/// Bytes to <see cref="MtdsgDocument"/>: decides which format the bytes are in and rejects what is neither
/// (the depositary's maintenance page, an error page, an unrelated file) with a one-line reason.
/// </summary>
internal static class MtdsgParser
{
    private const int MaintenancePageLimit = 16 * 1024;

    /// <exception cref="MtdsgFormatException">The bytes are not an MTDSG XML file or status page that can be read.</exception>
    public static MtdsgDocument Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);

        if (bytes.Length == 0)
        {
            throw new MtdsgFormatException("The file is empty.");
        }

        // Latin-1 maps every byte to one character, so a sniff never fails whatever the real encoding.
        var sniff = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 64 * 1024)).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        if (sniff.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && !MtdsgHtmlReader.LooksLikeHtml(sniff[(sniff.IndexOf("?>", StringComparison.Ordinal) + 2)..]))
        {
            return MtdsgXmlReader.Read(bytes);
        }

        // The maintenance page is a short HTML page served in place of either format; it has no grid.
        var html = MtdsgHtmlReader.LooksLikeHtml(sniff);
        if ((html || bytes.Length < MaintenancePageLimit) && MtdsgText.IsMaintenancePage(sniff) && !MtdsgHtmlReader.HasParticipantsGrid(sniff))
        {
            throw new MtdsgFormatException("The file is the depositary's maintenance page (\"urgent maintenance and is currently unavailable\"), not treaty data: fetch it again later.");
        }

        if (html)
        {
            return MtdsgHtmlReader.Read(bytes);
        }

        throw new MtdsgFormatException("The file is neither an MTDSG XML file (it does not start with '<?xml') nor a saved UN Treaty Collection status page (HTML).");
    }
}
