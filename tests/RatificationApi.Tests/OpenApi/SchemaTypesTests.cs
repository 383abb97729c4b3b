using System.Net;
using System.Text.Json;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.OpenApi;

/// <summary>
/// The document as a generator reads it (issue 16, "types that say what they mean"): every schema and property says
/// what it is, and a vocabulary is one schema in the components, not an enum copied inline, which NSwag turns into
/// Format2, Theme2 … Theme7.
/// </summary>
public class SchemaTypesTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> Document()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    [Fact]
    public async Task Components_EverySchemaAndProperty_HasADescription()
    {
        var schemas = (await Document()).GetProperty("components").GetProperty("schemas");

        var missing = Undescribed(schemas).ToList();

        Assert.True(missing.Count == 0, "Schemas and properties without a description (a <summary> or <param> on the contract record, or a schema filter for framework types):\n" + string.Join("\n", missing));
    }

    [Fact]
    public async Task Document_NoEnumInlineTwiceOrBesideAComponentWithTheSameValues()
    {
        var document = await Document();
        var components = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .Where(s => s.Value.TryGetProperty("enum", out _))
            .ToDictionary(s => Values(s.Value), s => s.Name, StringComparer.Ordinal);
        var inline = new List<(string Where, string Values)>();
        foreach (var schema in document.GetProperty("components").GetProperty("schemas").EnumerateObject())
        {
            CollectInlineEnums(schema.Value, schema.Name, inline, top: true);
        }

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                foreach (var parameter in operation.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : default)
                {
                    CollectInlineEnums(parameter.GetProperty("schema"), $"{operation.Name} {path.Name} {parameter.GetProperty("name").GetString()}", inline, top: false);
                }
            }
        }

        var shared = components.Keys.ToHashSet(StringComparer.Ordinal);
        var copies = inline.GroupBy(e => e.Values, StringComparer.Ordinal)
            .Where(g => g.Count() > 1 || shared.Contains(g.Key))
            .Select(g => $"[{g.Key}] inline at {string.Join("; ", g.Select(e => e.Where))}{(shared.Contains(g.Key) ? $", though components/{components[g.Key]} has the same values" : string.Empty)}")
            .ToList();
        Assert.True(copies.Count == 0, "Enums written inline more than once (define them once in the components and refer to them):\n" + string.Join("\n", copies));
    }

    [Theory]
    [InlineData("/v1/states?unMember=true", "/v1/states?unMember=True")]
    [InlineData("/v1/status?unMember=false", "/v1/status?unMember=FALSE")]
    public async Task UnMember_AnyCase_SameAnswerAsLowerCase(string lower, string other)
    {
        var expected = await HttpAssert.GetJson(_client, lower);

        var actual = await HttpAssert.GetJson(_client, other);

        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Theory]
    [InlineData("/widgets/states/FRA?compact=true", "/widgets/states/FRA?compact=True")]
    [InlineData("/widgets/instruments/cedaw?compact=true", "/widgets/instruments/cedaw?compact=TRUE")]
    public async Task Compact_AnyCase_SameWidgetAsLowerCase(string lower, string other)
    {
        Assert.Equal(await Html(lower), await Html(other));
    }

    [Theory]
    [InlineData("/v1/states?unMember=yes", "unMember")]
    [InlineData("/v1/status?unMember=truee", "unMember")]
    [InlineData("/widgets/states/FRA?compact=1", "compact")]
    public async Task Flag_NeitherTrueNorFalse_ProblemNamingTheParameter(string url, string parameter) =>
        await HttpAssert.GetProblem(_client, url, HttpStatusCode.BadRequest, $"'{parameter}' must be 'true' or 'false'");

    private async Task<string> Html(string url)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static IEnumerable<string> Undescribed(JsonElement schemas)
    {
        foreach (var schema in schemas.EnumerateObject())
        {
            if (!schema.Value.TryGetProperty("description", out _))
            {
                yield return schema.Name;
            }

            foreach (var property in schema.Value.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
            {
                if (!property.Value.TryGetProperty("description", out _))
                {
                    yield return $"{schema.Name}.{property.Name}";
                }
            }
        }
    }

    private static void CollectInlineEnums(JsonElement schema, string where, List<(string Where, string Values)> found, bool top)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        // A null-only branch (oneOf [X, null]) is how OpenAPI 3.0 writes "or null", not a vocabulary.
        if (!top && schema.TryGetProperty("enum", out var values) && values.EnumerateArray().Any(v => v.ValueKind != JsonValueKind.Null))
        {
            found.Add((where, Values(schema)));
        }

        foreach (var property in schema.TryGetProperty("properties", out var properties) ? properties.EnumerateObject() : default)
        {
            CollectInlineEnums(property.Value, $"{where}.{property.Name}", found, top: false);
        }

        foreach (var keyword in (string[])["items", "additionalProperties"])
        {
            if (schema.TryGetProperty(keyword, out var child))
            {
                CollectInlineEnums(child, where, found, top: false);
            }
        }

        foreach (var keyword in (string[])["allOf", "anyOf", "oneOf"])
        {
            foreach (var child in schema.TryGetProperty(keyword, out var children) ? children.EnumerateArray() : default)
            {
                CollectInlineEnums(child, where, found, top: false);
            }
        }
    }

    private static string Values(JsonElement schema) =>
        string.Join(",", schema.GetProperty("enum").EnumerateArray().Select(v => v.ToString()).Order(StringComparer.Ordinal));
}
