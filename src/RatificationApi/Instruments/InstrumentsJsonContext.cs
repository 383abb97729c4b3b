using System.Text.Json;
using System.Text.Json.Serialization;
using RatificationApi.ReadModel;

namespace RatificationApi.Instruments;

/// <summary>Serialization code generated at build time for this feature's response bodies (see Program.cs).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(InstrumentContract))]
[JsonSerializable(typeof(InstrumentGapsContract))]
[JsonSerializable(typeof(InstrumentListContract))]
[JsonSerializable(typeof(ParticipantListContract))]
[JsonSerializable(typeof(ProgressContract))]
[JsonSerializable(typeof(TimelineContract))]
internal sealed partial class InstrumentsJsonContext : JsonSerializerContext;
