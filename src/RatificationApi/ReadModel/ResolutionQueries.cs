using System.Text;
using RatificationApi.Infrastructure;

namespace RatificationApi.ReadModel;

internal sealed record ResolutionDbRow
{
    public string Id { get; init; } = "";
    public string Symbol { get; init; } = "";
    public string Adopted { get; init; } = "";
    public string Title { get; init; } = "";
    public string TitleLang { get; init; } = "";
    public string? TitleConfidence { get; init; }
    public string? Session { get; init; }
    public string? Meeting { get; init; }
    public string? AgendaItem { get; init; }
    public string? CommitteeReport { get; init; }
    public string? Distributed { get; init; }
    public string? Recalls { get; init; }
    public string Source { get; init; } = "";
    public string? Notes { get; init; }
}

internal sealed record ParagraphDbRow
{
    public string Resolution { get; init; } = "";
    public long Paragraph { get; init; }
    public string Instrument { get; init; } = "";
    public string? Summary { get; init; }
    public string Source { get; init; } = "";
}

/// <summary>General Assembly resolutions, from the read model.</summary>
public sealed class ResolutionQueries(Catalog catalog)
{
    /// <summary>General Assembly resolution 63/194, the one the service is about: its adoption is the default start of an instrument's progress.</summary>
    public const string Resolution63194 = "A-RES-63-194";

    /// <summary>Finds a resolution by id (A-RES-63-194) or symbol (A/RES/63/194), in any ASCII case.</summary>
    internal ResolutionDbRow? Find(string key, string lang)
    {
        if (!Ascii.IsValid(key))
        {
            return null;
        }

        var upper = key.ToUpperInvariant();
        foreach (var resolution in catalog.Snapshot.Resolutions[lang])
        {
            if (resolution.Id == upper || resolution.Symbol == upper)
            {
                return resolution;
            }
        }

        return null;
    }

    /// <summary>The paragraphs of a resolution, in order, each paragraph's instruments in their order.</summary>
    internal IReadOnlyList<ParagraphDbRow> Paragraphs(string resolution) =>
        catalog.Snapshot.Paragraphs.TryGetValue(resolution, out var paragraphs) ? paragraphs : [];

    internal DateOnly? Adopted(string resolution)
    {
        foreach (var row in catalog.Snapshot.Resolutions["en"])
        {
            if (row.Id == resolution)
            {
                return Dates.Day(row.Adopted);
            }
        }

        return null;
    }
}
