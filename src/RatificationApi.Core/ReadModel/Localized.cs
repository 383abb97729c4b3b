using RatificationApi.Data;

namespace RatificationApi.ReadModel;

/// <summary>A value in the language asked for, and the language it is actually in.</summary>
/// <param name="Value">The value.</param>
/// <param name="Lang">The language of <paramref name="Value"/>: the one asked for, or English where the data lacks it.</param>
internal readonly record struct LocalizedValue<T>(T Value, string Lang);

/// <summary>
/// A name or title in each of the six UN languages the data has it in. Asked for a language it lacks, it gives the
/// English one and says so, which is how every answer shows names (<c>nameLang</c>, <c>titleLang</c>).
/// </summary>
internal sealed class Localized<T>
    where T : class
{
    private readonly T?[] _byLanguage = new T?[Languages.All.Count];
    private readonly T _english;

    /// <param name="byLanguage">The values the data has, by language code.</param>
    /// <param name="english">The English value; also what every language without its own value gets.</param>
    public Localized(IEnumerable<KeyValuePair<string, T>> byLanguage, T english)
    {
        ArgumentNullException.ThrowIfNull(byLanguage);
        foreach (var (lang, value) in byLanguage)
        {
            _byLanguage[IndexOf(lang) ?? throw new ArgumentException($"'{lang}' is not a UN language.", nameof(byLanguage))] = value;
        }

        _english = english;
    }

    /// <summary>The value in <paramref name="lang"/>, else the English one.</summary>
    public LocalizedValue<T> In(string lang) =>
        IndexOf(lang) is { } index && _byLanguage[index] is { } value ? new(value, lang) : new(_english, Languages.Default);

    /// <summary>The value in <paramref name="lang"/>, else the English one.</summary>
    public T this[string lang] => In(lang).Value;

    private static int? IndexOf(string lang)
    {
        var all = Languages.All;
        for (var index = 0; index < all.Count; index++)
        {
            if (string.Equals(all[index], lang, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return null;
    }
}
