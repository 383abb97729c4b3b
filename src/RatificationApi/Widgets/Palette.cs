using System.Globalization;
using RatificationApi.Infrastructure.OpenApi;

namespace RatificationApi.Widgets;

/// <summary>The colours of one status: its text on its own background.</summary>
internal sealed record StatusColors(string Text, string Background);

/// <summary>The two colour themes of the widgets and badges.</summary>
internal enum Theme
{
    Light,
    Dark,
}

/// <summary>
/// The colours of a widget in one theme. Every text colour here is meant to reach WCAG AA (4.5:1) on the
/// background it is drawn on; <see cref="TextPairs"/> lists those pairs so that a test can compute them.
/// Colour never carries the status alone: the status is always written out, and has its own icon shape.
/// </summary>
internal sealed record Palette(
    string Background,
    string Text,
    string Muted,
    string Link,
    string Rule,
    StatusColors Party,
    StatusColors Signatory,
    StatusColors None,
    StatusColors Withdrawn) : IParameterValues
{
    public static IReadOnlyList<string> Themes { get; } = [.. Enum.GetValues<Theme>().Select(NameOf)];

    static IEnumerable<string> IParameterValues.Values => Themes;

    static string? IParameterValues.SchemaName => "Theme";

    static string? IParameterValues.SchemaDescription => "The colour theme of a widget, badge or map: `light` or `dark`; both meet WCAG AA contrast.";

    /// <summary>The theme a validated <c>theme</c> names; light when it is absent.</summary>
    public static Theme ThemeOf(string? theme) => theme == "dark" ? Theme.Dark : Theme.Light;

    /// <summary>The wire name of a theme, as <c>theme</c>, CSS classes and <c>color-scheme</c> spell it.</summary>
    public static string NameOf(Theme theme) => theme == Theme.Dark ? "dark" : "light";

    public static Palette Light { get; } = new(
        Background: "#ffffff",
        Text: "#1a1a1a",
        Muted: "#555555",
        Link: "#0b57b0",
        Rule: "#d4d4d4",
        Party: new("#14532d", "#dcf2e2"),
        Signatory: new("#6e3b00", "#fdeccb"),
        None: new("#8a1c1c", "#fbe3e3"),
        Withdrawn: new("#3d3d3d", "#e8e8e8"));

    public static Palette Dark { get; } = new(
        Background: "#16181d",
        Text: "#eceff4",
        Muted: "#aab2bf",
        Link: "#8ab4f8",
        Rule: "#3a3f48",
        Party: new("#a6e3b4", "#1b3a25"),
        Signatory: new("#ffd58a", "#43300a"),
        None: new("#ffb8b8", "#4a1f1f"),
        Withdrawn: new("#d6d9de", "#33363d"));

    public static Palette Of(Theme theme) => theme == Theme.Dark ? Dark : Light;

    /// <summary>Every (text, background) pair the widgets draw, named for a test's message.</summary>
    public IEnumerable<(string Name, string Foreground, string Background)> TextPairs()
    {
        yield return ("text", Text, Background);
        yield return ("muted", Muted, Background);
        yield return ("link", Link, Background);
        foreach (var (name, colors) in new[] { ("party", Party), ("signatory", Signatory), ("none", None), ("withdrawn", Withdrawn) })
        {
            yield return (name, colors.Text, colors.Background);
            // The status text is also used for the row's icon and accent, which sit on the page background.
            yield return ($"{name} on page", colors.Text, Background);
        }
    }
}

/// <summary>The colours of a badge in one theme: the label on the left, the status on the right.</summary>
internal sealed record BadgePalette(StatusColors Label, StatusColors Party, StatusColors Signatory, StatusColors None, StatusColors Withdrawn)
{
    public static BadgePalette Light { get; } = new(
        Label: new("#ffffff", "#4a4a4a"),
        Party: new("#ffffff", "#1d6b32"),
        Signatory: new("#ffffff", "#8a4b00"),
        None: new("#ffffff", "#a3261e"),
        Withdrawn: new("#ffffff", "#5c5c5c"));

    public static BadgePalette Dark { get; } = new(
        Label: new("#f2f2f2", "#2b2e34"),
        Party: new("#0c2614", "#7fd493"),
        Signatory: new("#2a1a00", "#f2b95a"),
        None: new("#2b0707", "#f29a93"),
        Withdrawn: new("#15171a", "#b9bdc4"));

    public static BadgePalette Of(Theme theme) => theme == Theme.Dark ? Dark : Light;

    public IEnumerable<(string Name, string Foreground, string Background)> TextPairs() =>
    [
        ("label", Label.Text, Label.Background),
        ("party", Party.Text, Party.Background),
        ("signatory", Signatory.Text, Signatory.Background),
        ("none", None.Text, None.Background),
        ("withdrawn", Withdrawn.Text, Withdrawn.Background),
    ];
}

/// <summary>WCAG 2.x contrast ratio of two sRGB colours written #rrggbb.</summary>
internal static class Contrast
{
    public static double Ratio(string foreground, string background)
    {
        var a = RelativeLuminance(foreground);
        var b = RelativeLuminance(background);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    public static double RelativeLuminance(string hex)
    {
        if (hex.Length != 7 || hex[0] != '#')
        {
            throw new FormatException($"Not a #rrggbb colour: '{hex}'.");
        }

        double Channel(int offset)
        {
            var c = int.Parse(hex.AsSpan(offset, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture) / 255.0;
            return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }

        return (0.2126 * Channel(1)) + (0.7152 * Channel(3)) + (0.0722 * Channel(5));
    }
}
