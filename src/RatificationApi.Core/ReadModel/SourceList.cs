namespace RatificationApi.ReadModel;

/// <summary>The sources cell of the data: several sources joined by " ; ", shown as a list.</summary>
internal static class SourceList
{
    public static IReadOnlyList<string> Split(string sources) =>
        [.. sources.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
