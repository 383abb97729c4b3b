using System.Text.Json;
using System.Text.Json.Serialization;

namespace RatificationApi.Health;

/// <summary>Serialization code generated at build time for this feature's response bodies (see Program.cs).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(HealthContract))]
internal sealed partial class HealthJsonContext : JsonSerializerContext;
