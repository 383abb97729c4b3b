using System.Text.Json;
using System.Text.Json.Serialization;

namespace RatificationApi.States;

/// <summary>Serialization code generated at build time for this feature's response bodies (see Program.cs).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(StateDetailContract))]
[JsonSerializable(typeof(StateGapsContract))]
[JsonSerializable(typeof(StateListContract))]
internal sealed partial class StatesJsonContext : JsonSerializerContext;
