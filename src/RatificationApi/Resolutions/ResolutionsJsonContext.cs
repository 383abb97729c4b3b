using System.Text.Json;
using System.Text.Json.Serialization;

namespace RatificationApi.Resolutions;

/// <summary>Serialization code generated at build time for this feature's response bodies (see Program.cs).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ResolutionContract))]
internal sealed partial class ResolutionsJsonContext : JsonSerializerContext;
