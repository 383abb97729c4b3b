using System.Reflection;
using System.Text.Json.Serialization;

namespace RatificationApi.Domain;

/// <summary>
/// The names under which the domain's enums appear outside: in JSON, in CSV cells, in <c>data/</c> and in query
/// parameters. They are written once, as <see cref="JsonStringEnumMemberNameAttribute"/> on each member, which
/// <see cref="JsonStringEnumConverter{TEnum}"/> reads for JSON; this reads the same attributes for everything else, so
/// that a JSON answer and its CSV twin cannot spell a value differently.
/// </summary>
public static class WireName
{
    /// <summary>The value's wire name, e.g. <c>formal_confirmation</c>.</summary>
    public static string ToName<TEnum>(this TEnum value)
        where TEnum : struct, Enum =>
        Names<TEnum>.ByValue.TryGetValue(value, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(TEnum).Name} has no such member.");

    /// <summary>Every wire name of <typeparamref name="TEnum"/>, in the order its members are declared.</summary>
    public static IReadOnlyList<string> All<TEnum>()
        where TEnum : struct, Enum => Names<TEnum>.InOrder;

    /// <summary>The member a wire name stands for; exact, ordinal match.</summary>
    public static bool TryParse<TEnum>(string? name, out TEnum value)
        where TEnum : struct, Enum => Names<TEnum>.ByName.TryGetValue(name ?? string.Empty, out value);

    public static TEnum Parse<TEnum>(string name)
        where TEnum : struct, Enum =>
        TryParse<TEnum>(name, out var value) ? value : throw new FormatException($"Unknown {typeof(TEnum).Name} '{name}'; allowed: {string.Join(", ", All<TEnum>())}.");

    // Read once per enum. A member without a name is a mistake in the declaration, not in the data: it fails at first use.
    private static class Names<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly Dictionary<TEnum, string> ByValue = [];
        public static readonly Dictionary<string, TEnum> ByName = new(StringComparer.Ordinal);
        public static readonly string[] InOrder;

        static Names()
        {
            var fields = typeof(TEnum).GetFields(BindingFlags.Public | BindingFlags.Static);
            InOrder = new string[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                var name = fields[i].GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name
                    ?? throw new InvalidOperationException($"{typeof(TEnum).Name}.{fields[i].Name} has no [JsonStringEnumMemberName].");
                var value = (TEnum)fields[i].GetValue(null)!;
                ByValue.Add(value, name);
                ByName.Add(name, value);
                InOrder[i] = name;
            }
        }
    }
}
