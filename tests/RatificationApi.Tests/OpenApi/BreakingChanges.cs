using System.Text.Json;

namespace RatificationApi.Tests.OpenApi;

/// <summary>
/// Compares two OpenAPI 3.0 documents and lists what would break an existing client: a removed path,
/// operation, parameter, success response, media type or response property; a new required parameter;
/// a parameter that became required; a narrowed parameter (fewer enum values, a changed type); a
/// response property whose type changed or that became nullable. Additions are not breaking.
/// </summary>
public static partial class BreakingChanges
{
    private const int MaxDepth = 12;

    public static IReadOnlyList<string> Find(JsonElement baseline, JsonElement current)
    {
        var found = new List<string>();
        // A path parameter's name is not on the wire: /badges/{instrument}/{code}.svg and /badges/{id}/{code}.svg are
        // the same URLs, so paths are matched with their parameters' names left out, and path parameters by position.
        var currentPaths = current.GetProperty("paths").EnumerateObject().ToDictionary(p => Template(p.Name), p => p, StringComparer.Ordinal);
        foreach (var path in baseline.GetProperty("paths").EnumerateObject())
        {
            if (!currentPaths.TryGetValue(Template(path.Name), out var currentPathProperty))
            {
                found.Add($"path {path.Name} was removed");
                continue;
            }

            var currentPath = currentPathProperty.Value;
            var renamed = PathParameters(path.Name).Zip(PathParameters(currentPathProperty.Name))
                .ToDictionary(pair => $"path:{pair.First}", pair => $"path:{pair.Second}", StringComparer.Ordinal);

            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                if (!currentPath.TryGetProperty(operation.Name, out var currentOperation))
                {
                    found.Add($"{where} was removed");
                    continue;
                }

                CompareParameters(where, baseline, operation.Value, current, currentOperation, renamed, found);
                CompareResponses(where, baseline, operation.Value, current, currentOperation, found);
            }
        }

        return found;
    }

    /// <summary>The major version of <c>info.version</c>; a change of it may break anything.</summary>
    public static string Major(JsonElement document) => document.GetProperty("info").GetProperty("version").GetString()!.TrimStart('v').Split('.')[0];

    private static void CompareParameters(
        string where, JsonElement baseDoc, JsonElement before, JsonElement currentDoc, JsonElement after, Dictionary<string, string> renamed, List<string> found)
    {
        var old = Parameters(before);
        var now = Parameters(after);
        foreach (var (key, parameter) in old)
        {
            if (!now.TryGetValue(renamed.GetValueOrDefault(key, key), out var replacement))
            {
                found.Add($"{where}: parameter {key} was removed");
                continue;
            }

            if (!Required(parameter) && Required(replacement))
            {
                found.Add($"{where}: parameter {key} became required");
            }

            var oldSchema = Resolve(baseDoc, parameter.GetProperty("schema"));
            var newSchema = Resolve(currentDoc, replacement.GetProperty("schema"));
            if (FlagBecameBoolean(oldSchema, newSchema))
            {
                // The string "true" or "false" and a boolean are the same text in a query string: a client that sent
                // either still sends what the service accepts (it takes true and false in any case).
                continue;
            }

            if (Type(oldSchema) != Type(newSchema))
            {
                found.Add($"{where}: parameter {key} changed type from {Type(oldSchema)} to {Type(newSchema)}");
            }

            var removedValues = Enum(oldSchema) is { } oldValues && Enum(newSchema) is { } newValues ? oldValues.Except(newValues).ToList() : [];
            if (Enum(oldSchema) is null && Enum(newSchema) is not null)
            {
                found.Add($"{where}: parameter {key} now only accepts {string.Join(", ", Enum(newSchema)!)}");
            }

            foreach (var value in removedValues)
            {
                found.Add($"{where}: parameter {key} no longer accepts {value}");
            }
        }

        foreach (var (key, parameter) in now)
        {
            if (!old.ContainsKey(key) && !renamed.ContainsValue(key) && Required(parameter))
            {
                found.Add($"{where}: new required parameter {key}");
            }
        }
    }

    private static void CompareResponses(string where, JsonElement baseDoc, JsonElement before, JsonElement currentDoc, JsonElement after, List<string> found)
    {
        var currentResponses = after.GetProperty("responses");
        foreach (var response in before.GetProperty("responses").EnumerateObject().Where(r => r.Name.StartsWith('2')))
        {
            if (!currentResponses.TryGetProperty(response.Name, out var replacement))
            {
                found.Add($"{where}: response {response.Name} was removed");
                continue;
            }

            if (!response.Value.TryGetProperty("content", out var content))
            {
                continue;
            }

            foreach (var media in content.EnumerateObject())
            {
                if (!replacement.TryGetProperty("content", out var newContent) || !TryGetMedia(newContent, media.Name, out var newMedia))
                {
                    found.Add($"{where}: response {response.Name} no longer offers {media.Name}");
                    continue;
                }

                CompareSchemas($"{where} {response.Name} {media.Name}", baseDoc, media.Value.GetProperty("schema"), currentDoc, newMedia.GetProperty("schema"), "", found, 0);
            }
        }
    }

    // A media type still offered with its parameters named (text/csv as text/csv; charset=utf-8; header=present) is the same
    // media type: the answers were already sent with them, and a client that accepted text/csv still gets text/csv.
    private static bool TryGetMedia(JsonElement content, string name, out JsonElement media)
    {
        if (content.TryGetProperty(name, out media))
        {
            return true;
        }

        foreach (var offered in content.EnumerateObject())
        {
            if (!name.Contains(';', StringComparison.Ordinal)
                && string.Equals(offered.Name.Split(';')[0].Trim(), name, StringComparison.OrdinalIgnoreCase))
            {
                media = offered.Value;
                return true;
            }
        }

        return false;
    }

    private static void CompareSchemas(string where, JsonElement baseDoc, JsonElement before, JsonElement currentDoc, JsonElement after, string at, List<string> found, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var old = Resolve(baseDoc, before);
        var now = Resolve(currentDoc, after);
        var name = at.Length == 0 ? "the body" : at.TrimEnd('.');
        if (Type(old) != Type(now))
        {
            found.Add($"{where}: {name} changed type from {Type(old)} to {Type(now)}");
            return;
        }

        if (!NullableAlong(baseDoc, before) && NullableAlong(currentDoc, after))
        {
            found.Add($"{where}: {name} may now be null");
        }

        if (old.TryGetProperty("properties", out var properties))
        {
            var newProperties = now.TryGetProperty("properties", out var p) ? p : default;
            foreach (var property in properties.EnumerateObject())
            {
                if (newProperties.ValueKind != JsonValueKind.Object || !newProperties.TryGetProperty(property.Name, out var newProperty))
                {
                    found.Add($"{where}: property {at}{property.Name} was removed");
                    continue;
                }

                CompareSchemas(where, baseDoc, property.Value, currentDoc, newProperty, $"{at}{property.Name}.", found, depth + 1);
            }
        }

        if (old.TryGetProperty("items", out var items) && now.TryGetProperty("items", out var newItems))
        {
            CompareSchemas(where, baseDoc, items, currentDoc, newItems, $"{at}[].", found, depth + 1);
        }
    }

    private static bool FlagBecameBoolean(JsonElement oldSchema, JsonElement newSchema) =>
        Type(oldSchema) == "string" && Type(newSchema) == "boolean"
        && Enum(oldSchema) is { Count: 2 } values && values.Order(StringComparer.Ordinal).SequenceEqual(["false", "true"]);

    private static string Template(string path) => PathParameter().Replace(path, "{}");

    private static IEnumerable<string> PathParameters(string path) => PathParameter().Matches(path).Select(m => m.Groups[1].Value);

    [System.Text.RegularExpressions.GeneratedRegex(@"\{([^}]*)\}")]
    private static partial System.Text.RegularExpressions.Regex PathParameter();

    private static Dictionary<string, JsonElement> Parameters(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? parameters.EnumerateArray().ToDictionary(p => $"{p.GetProperty("in").GetString()}:{p.GetProperty("name").GetString()}", StringComparer.Ordinal)
            : [];

    private static bool Required(JsonElement parameter) => parameter.TryGetProperty("required", out var r) && r.GetBoolean();

    private static bool Nullable(JsonElement schema) => schema.TryGetProperty("nullable", out var n) && n.GetBoolean();

    private static string Type(JsonElement schema) =>
        schema.TryGetProperty("type", out var t) ? t.GetString()! : schema.TryGetProperty("additionalProperties", out _) ? "object" : "any";

    private static List<string>? Enum(JsonElement schema) =>
        schema.TryGetProperty("enum", out var e) ? [.. e.EnumerateArray().Select(v => v.ToString())] : null;

    private static JsonElement Resolve(JsonElement document, JsonElement schema) => Hops(document, schema).Last();

    // Whether any step from the property to its definition allows null: "nullable" beside a reference, or a reference
    // written as "oneOf: [X, null]" (the OpenAPI 3.0 form of "X or null" that validators read alike).
    private static bool NullableAlong(JsonElement document, JsonElement schema) =>
        Hops(document, schema).Any(s => Nullable(s) || NullBranch(s) is not null);

    // "oneOf" or "anyOf": [X, null], whichever keyword, with X and the null-only branch in either order.
    private static JsonElement? NullBranch(JsonElement schema)
    {
        foreach (var keyword in (string[])["oneOf", "anyOf"])
        {
            if (schema.TryGetProperty(keyword, out var branches) && branches.GetArrayLength() == 2 && branches.EnumerateArray().Count(NullOnly) == 1)
            {
                return branches.EnumerateArray().First(b => !NullOnly(b));
            }
        }

        return null;
    }

    private static bool NullOnly(JsonElement schema) =>
        schema.TryGetProperty("enum", out var values) && values.GetArrayLength() == 1 && values[0].ValueKind == JsonValueKind.Null;

    // The schemas from a property to its definition: through $ref, a single allOf, and "oneOf: [X, null]", which is X
    // (its null is judged by NullableAlong), so that moving a nullable shape into the components changes no type.
    private static List<JsonElement> Hops(JsonElement document, JsonElement schema)
    {
        var hops = new List<JsonElement> { schema };
        for (var hop = 0; hop < MaxDepth; hop++)
        {
            if (schema.TryGetProperty("$ref", out var reference))
            {
                schema = document.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
            {
                schema = allOf[0];
            }
            else if (NullBranch(schema) is { } other)
            {
                schema = other;
            }
            else
            {
                break;
            }

            hops.Add(schema);
        }

        return hops;
    }
}
