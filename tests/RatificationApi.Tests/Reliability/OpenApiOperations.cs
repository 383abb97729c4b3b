using System.Text.Json;
using RatificationApi.Tests.Infrastructure;

namespace RatificationApi.Tests.Reliability;

/// <summary>A parameter as the committed OpenAPI document declares it ($ref resolved).</summary>
public sealed record OpenApiParameter(
    string Name, string In, string? Type, string? Format, IReadOnlyList<string> Enum, string? Pattern, int? MaxLength, int? Minimum, int? Maximum);

/// <summary>An operation of the committed OpenAPI document.</summary>
public sealed record OpenApiOperation(string OperationId, string Method, string Path, IReadOnlyList<OpenApiParameter> Parameters);

/// <summary>Reads openapi/ratification-api.v1.json, so that tests cover what the contract says, not a list kept by hand.</summary>
public static class OpenApiOperations
{
    private static readonly Lazy<IReadOnlyList<OpenApiOperation>> All = new(Read);

    public static IReadOnlyList<OpenApiOperation> Load() => All.Value;

    private static List<OpenApiOperation> Read()
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(TestPaths.RepositoryRoot(), "openapi", "ratification-api.v1.json")));
        var root = document.RootElement;
        var operations = new List<OpenApiOperation>();
        foreach (var path in root.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var parameters = operation.Value.TryGetProperty("parameters", out var list)
                    ? list.EnumerateArray().Select(p => Parameter(root, p)).ToList()
                    : [];
                operations.Add(new OpenApiOperation(
                    operation.Value.GetProperty("operationId").GetString()!, operation.Name.ToUpperInvariant(), path.Name, parameters));
            }
        }

        return operations;
    }

    private static OpenApiParameter Parameter(JsonElement root, JsonElement parameter)
    {
        var schema = parameter.GetProperty("schema");
        if (schema.TryGetProperty("$ref", out var reference))
        {
            schema = root.GetProperty("components").GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
        }

        string? Text(string name) => schema.TryGetProperty(name, out var value) ? value.GetString() : null;
        int? Number(string name) => schema.TryGetProperty(name, out var value) ? value.GetInt32() : null;
        return new OpenApiParameter(
            parameter.GetProperty("name").GetString()!,
            parameter.GetProperty("in").GetString()!,
            Text("type"),
            Text("format"),
            schema.TryGetProperty("enum", out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [],
            Text("pattern"),
            Number("maxLength"),
            Number("minimum"),
            Number("maximum"));
    }
}
