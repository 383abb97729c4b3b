namespace RatificationApi.Infrastructure;

/// <summary>
/// The few interface words the charts need, in the six UN languages. Names and titles of States and
/// instruments never come from here: they come from data/, with their sources.
/// </summary>
public static class UiText
{
    private static readonly Dictionary<string, Dictionary<string, string>> Text = new(StringComparer.Ordinal)
    {
        ["parties"] = new(StringComparer.Ordinal) { ["ar"] = "الأطراف", ["en"] = "Parties", ["es"] = "Partes", ["fr"] = "Parties", ["ru"] = "Участники", ["zh"] = "缔约方" },
        ["signatories"] = new(StringComparer.Ordinal) { ["ar"] = "الموقعون", ["en"] = "Signatories", ["es"] = "Signatarios", ["fr"] = "Signataires", ["ru"] = "Подписавшие", ["zh"] = "签署方" },
    };

    public static string Get(string key, string lang) =>
        Text[key].TryGetValue(lang, out var text) ? text : Text[key]["en"];
}
