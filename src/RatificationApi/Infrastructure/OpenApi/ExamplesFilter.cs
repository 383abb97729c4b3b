using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace RatificationApi.Infrastructure.OpenApi;

/// <summary>
/// Puts a real response, taken from the real data, under each operation's JSON (or Atom) success response.
/// The examples live in openapi/examples/ (embedded into the assembly); a test regenerates them from the
/// running service and fails when one no longer matches what the service answers. With
/// <c>OpenApi:ExamplesDirectory</c> set, they are read from that folder instead, so that the regeneration can write
/// the examples and the document in one run rather than one build later.
/// </summary>
internal sealed class ExamplesFilter(IConfiguration configuration) : IOperationFilter
{
    public const string DirectorySetting = "OpenApi:ExamplesDirectory";

    private static readonly Assembly Assembly = typeof(ExamplesFilter).Assembly;

    private readonly string? _directory = configuration[DirectorySetting];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.OperationId is not { } id
            || operation.Responses?.TryGetValue("200", out var ok) != true
            || (ok!.Content?.TryGetValue("application/json", out var json) != true
                // An XML answer (the Atom feed) has its example as a string.
                && ok.Content?.TryGetValue("application/atom+xml", out json) != true)
            || json is not OpenApiMediaType media)
        {
            return;
        }

        if (Load(_directory, id) is not { } example)
        {
            return;
        }

        media.Example = example["response"]!.DeepClone();
        ok.Description = $"OK. The example is the answer to GET {example["request"]!.GetValue<string>()}, with each list cut to its first {ExampleRules.MaxItems} items.";
    }

    /// <summary>The committed example of operation <paramref name="operationId"/> (its request and response), if it has one.</summary>
    internal static JsonObject? Load(string? directory, string operationId)
    {
        using var stream = directory is null
            ? Assembly.GetManifestResourceStream($"examples/{operationId}.json")
            : File.Exists(Path.Combine(directory, $"{operationId}.json")) ? File.OpenRead(Path.Combine(directory, $"{operationId}.json")) : null;
        return stream is null ? null : JsonNode.Parse(stream)!.AsObject();
    }
}

/// <summary>How an example is cut down from a real response.</summary>
public static class ExampleRules
{
    public const int MaxItems = 3;

    /// <summary>Cuts every array in <paramref name="node"/> to its first <see cref="MaxItems"/> items.</summary>
    public static JsonNode? Abbreviate(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Take(MaxItems).Select(i => Abbreviate(i?.DeepClone()))]);
            case JsonObject obj:
                var copy = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    copy[key] = Abbreviate(value?.DeepClone());
                }

                return copy;
            default:
                return node?.DeepClone();
        }
    }
}
