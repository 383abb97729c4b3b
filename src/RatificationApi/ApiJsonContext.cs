using System.Text.Json;
using System.Text.Json.Serialization;
using RatificationApi.Actions;
using RatificationApi.Downloads;
using RatificationApi.Health;
using RatificationApi.Instruments;
using RatificationApi.Matrix;
using RatificationApi.ReadModel;
using RatificationApi.Resolutions;
using RatificationApi.States;

namespace RatificationApi;

/// <summary>
/// Serialization code generated at build time for every response body, with the options the API uses (web defaults:
/// camelCase; null members written). Measured with the benchmark: an uncached answer spent a quarter of its time in
/// reflection-based serialization, most of it in the bookkeeping that lets it resume over an async stream; the
/// generated code writes the same bytes without it. Types not listed here still serialize by reflection. It lists
/// every feature's contracts, so it belongs to the composition root beside Program.cs, not to Infrastructure.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ActionPageContract))]
[JsonSerializable(typeof(DownloadListContract))]
[JsonSerializable(typeof(HealthContract))]
[JsonSerializable(typeof(InstrumentContract))]
[JsonSerializable(typeof(InstrumentGapsContract))]
[JsonSerializable(typeof(InstrumentListContract))]
[JsonSerializable(typeof(MatrixContract))]
[JsonSerializable(typeof(ParticipantListContract))]
[JsonSerializable(typeof(ProgressContract))]
[JsonSerializable(typeof(ResolutionContract))]
[JsonSerializable(typeof(StateDetailContract))]
[JsonSerializable(typeof(StateGapsContract))]
[JsonSerializable(typeof(StateListContract))]
[JsonSerializable(typeof(TimelineContract))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
