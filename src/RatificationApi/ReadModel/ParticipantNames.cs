using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using RatificationApi.Data;
using RatificationApi.Domain;

namespace RatificationApi.ReadModel;

/// <summary>The kinds of name a search matches, as the API spells them, in the order a tie between them is broken.</summary>
internal static class NameKinds
{
    /// <summary>The name in <c>participants.csv</c> (UNSD M49).</summary>
    public const string Short = "short";

    /// <summary>The formal name (UNTERM).</summary>
    public const string Formal = "formal";

    /// <summary>A name the depositary used (the <c>aliases</c> of <c>participants.csv</c>).</summary>
    public const string Depositary = "depositary";

    /// <summary>A name from CLDR (<c>participant-other-names.csv</c>).</summary>
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = WireName.All<NameKind>();

    /// <summary>The language of the depositary's names: the English of its status lists.</summary>
    public const string DepositaryLanguage = "en";
}

/// <summary>
/// The kind of a name a search matched: <c>short</c> (the UNSD M49 short name), <c>formal</c> (the UNTERM formal name),
/// <c>depositary</c> (a name the depositary used, current or past) or <c>other</c> (a common name from Unicode CLDR).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<NameKind>))]
public enum NameKind
{
    [JsonStringEnumMemberName(NameKinds.Short)]
    Short,
    [JsonStringEnumMemberName(NameKinds.Formal)]
    Formal,
    [JsonStringEnumMemberName(NameKinds.Depositary)]
    Depositary,
    [JsonStringEnumMemberName(NameKinds.Other)]
    Other,
}

/// <summary>
/// How a name matched a query, ignoring case, accents and punctuation, best first: <c>exact</c>, <c>prefix</c> (the
/// name begins with the query), <c>word</c> (a later word begins with it) or <c>substring</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<MatchQuality>))]
public enum MatchQuality
{
    /// <summary>The whole name, once folded.</summary>
    [JsonStringEnumMemberName("exact")]
    Exact,

    /// <summary>The name begins with the query.</summary>
    [JsonStringEnumMemberName("prefix")]
    Prefix,

    /// <summary>A later word of the name begins with the query ("coast" in "Ivory Coast").</summary>
    [JsonStringEnumMemberName("word")]
    WordPrefix,

    /// <summary>The query is inside the name.</summary>
    [JsonStringEnumMemberName("substring")]
    Substring,
}

/// <summary>A participant found by one of its names.</summary>
internal sealed record NameMatch(Participant Participant, string Name, string Lang, string Kind, MatchQuality Quality);

/// <summary>
/// Folds a name for comparison: Unicode canonical decomposition (NFD) with the combining marks removed, so that
/// "Côte d'Ivoire" and "cote divoire" meet, and an Arabic alef with hamza meets the bare alef; letters and digits in
/// invariant lower case; everything else (spaces, apostrophes of any shape, hyphens, brackets) only separates words.
/// </summary>
/// <remarks>
/// The service runs with invariant globalization, where <see cref="string.Normalize()"/> leaves text as it is, so the
/// decompositions come from a table generated from Unicode's data (<c>NameFoldTable.g.cs</c>, by
/// <c>src/participant-names/extract.mjs</c>); character categories and casing are .NET's own.
/// </remarks>
internal static partial class NameFolding
{
    // A plain dictionary: a frozen one of these 1,493 entries made the names index take about 10 ms more to build at
    // start-up (measured), for lookups that only fold names and search queries.
    private static readonly Dictionary<char, string> Decomposed = Decompositions
        .Split('|')
        .ToDictionary(entry => entry[0], entry => entry[1..]);

    /// <summary>The folded letters and digits, and where each word of them begins.</summary>
    internal readonly record struct Folded(string Key, int[] WordStarts);

    public static Folded Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Decomposed.TryGetValue(c, out var parts))
            {
                decomposed.Append(parts);
            }
            else
            {
                decomposed.Append(c);
            }
        }

        var key = new StringBuilder(decomposed.Length);
        var starts = new List<int>();
        var inWord = false;
        foreach (var rune in decomposed.ToString().EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (Rune.IsLetterOrDigit(rune))
            {
                if (!inWord)
                {
                    starts.Add(key.Length);
                    inWord = true;
                }

                key.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                inWord = false;
            }
        }

        return new Folded(key.ToString(), [.. starts]);
    }
}

/// <summary>
/// Every name of every participant, folded once at start-up, and the participants by M49 code. A search folds the query
/// and scans the folded keys (about 2,600) with ordinal comparisons; no index beyond that pays off at this size.
/// </summary>
internal sealed class ParticipantNames
{
    private readonly Entry[] _entries;
    private readonly Dictionary<string, Participant> _byM49;

    /// <param name="participants">The participants, with their names in six languages.</param>
    /// <param name="aliases">The depositary's names, by participant id.</param>
    /// <param name="others">The other names (participant id, language, name).</param>
    public ParticipantNames(
        IReadOnlyList<Participant> participants,
        IEnumerable<(string Participant, string Name)> aliases,
        IEnumerable<(string Participant, string Lang, string Name)> others)
    {
        var byId = participants.ToDictionary(p => p.Id, StringComparer.Ordinal);
        var entries = new List<Entry>();
        foreach (var p in participants)
        {
            foreach (var lang in Languages.All)
            {
                if (p.Names.In(lang) is { Lang: var found, Value: var name } && found == lang)
                {
                    Add(p, name.Name, lang, NameKinds.Short);
                    if (name.FormalName is { Length: > 0 } formal)
                    {
                        Add(p, formal, lang, NameKinds.Formal);
                    }
                }
            }
        }

        foreach (var (id, name) in aliases)
        {
            if (byId.TryGetValue(id, out var p))
            {
                Add(p, name, NameKinds.DepositaryLanguage, NameKinds.Depositary);
            }
        }

        foreach (var (id, lang, name) in others)
        {
            if (byId.TryGetValue(id, out var p))
            {
                Add(p, name, lang, NameKinds.Other);
            }
        }

        _entries = [.. entries];
        _byM49 = participants.Where(p => p.M49 is not null).ToDictionary(p => p.M49!, StringComparer.Ordinal);

        void Add(Participant participant, string name, string lang, string kind)
        {
            var folded = NameFolding.Fold(name);
            if (folded.Key.Length > 0)
            {
                entries.Add(new Entry(participant, name, lang, kind, Rank(NameKinds.All, kind), Rank(Languages.All, lang), folded.Key, folded.WordStarts));
            }
        }
    }

    /// <summary>The number of names searched.</summary>
    public int Count => _entries.Length;

    /// <summary>The participant with this M49 code (three digits), or null.</summary>
    public Participant? FindByM49(string code) => _byM49.GetValueOrDefault(code);

    /// <summary>
    /// The participants one of whose names matches <paramref name="query"/>, each once, with its best-matching name:
    /// exact before prefix before word prefix before substring, then short, formal, depositary, other names, then a
    /// name in <paramref name="lang"/> before one in another language, then by code. Empty when nothing matches.
    /// </summary>
    public IReadOnlyList<NameMatch> Search(string query, string lang)
    {
        var q = NameFolding.Fold(query).Key;
        if (q.Length == 0)
        {
            return [];
        }

        var best = new Dictionary<Participant, (Entry Entry, MatchQuality Quality)>(ReferenceEqualityComparer.Instance);
        foreach (var entry in _entries)
        {
            if (Quality(entry, q) is not { } quality)
            {
                continue;
            }

            if (!best.TryGetValue(entry.Participant, out var current) || CompareNames(entry, quality, current.Entry, current.Quality, lang) < 0)
            {
                best[entry.Participant] = (entry, quality);
            }
        }

        var matches = best.Values.ToList();
        matches.Sort((a, b) => Compare(a.Entry, a.Quality, b.Entry, b.Quality, lang) is var order and not 0
            ? order
            : string.CompareOrdinal(a.Entry.Participant.Id, b.Entry.Participant.Id));
        return [.. matches.Select(m => new NameMatch(m.Entry.Participant, m.Entry.Name, m.Entry.Lang, m.Entry.Kind, m.Quality))];
    }

    private static MatchQuality? Quality(Entry entry, string q)
    {
        var key = entry.Key;
        if (key.Length < q.Length)
        {
            return null;
        }

        if (key.StartsWith(q, StringComparison.Ordinal))
        {
            return key.Length == q.Length ? MatchQuality.Exact : MatchQuality.Prefix;
        }

        foreach (var start in entry.WordStarts)
        {
            if (start > 0 && start + q.Length <= key.Length && string.CompareOrdinal(key, start, q, 0, q.Length) == 0)
            {
                return MatchQuality.WordPrefix;
            }
        }

        return key.Contains(q, StringComparison.Ordinal) ? MatchQuality.Substring : null;
    }

    /// <summary>Which of two participants' matches ranks first: by quality, kind of name, and a name in the language asked for.</summary>
    private static int Compare(Entry a, MatchQuality qa, Entry b, MatchQuality qb, string lang)
    {
        var order = qa.CompareTo(qb);
        if (order == 0)
        {
            order = a.KindRank.CompareTo(b.KindRank);
        }

        return order != 0 ? order : (a.Lang == lang ? 0 : 1).CompareTo(b.Lang == lang ? 0 : 1);
    }

    /// <summary>Which of one participant's matched names it is shown with: as <see cref="Compare"/>, then by language and name.</summary>
    private static int CompareNames(Entry a, MatchQuality qa, Entry b, MatchQuality qb, string lang)
    {
        var order = Compare(a, qa, b, qb, lang);
        if (order == 0)
        {
            order = a.LangRank.CompareTo(b.LangRank);
        }

        return order != 0 ? order : string.CompareOrdinal(a.Name, b.Name);
    }

    private static int Rank(IReadOnlyList<string> values, string value)
    {
        for (var index = 0; index < values.Count; index++)
        {
            if (string.Equals(values[index], value, StringComparison.Ordinal))
            {
                return index;
            }
        }

        return values.Count;
    }

    private sealed record Entry(Participant Participant, string Name, string Lang, string Kind, int KindRank, int LangRank, string Key, int[] WordStarts);
}
