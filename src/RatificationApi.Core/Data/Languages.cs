namespace RatificationApi.Data;

/// <summary>The six official languages of the United Nations, the languages of names and titles.</summary>
public static class Languages
{
    public const string Default = "en";

    public static IReadOnlyList<string> All { get; } = ["ar", "en", "es", "fr", "ru", "zh"];

    public static bool IsSupported(string? lang) => lang is not null && All.Contains(lang, StringComparer.Ordinal);
}
