using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvDashboard.Core.Tariffs;

/// <summary>The stored form of a tariff version's definition and of a session's cost breakdown.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(TariffDefinition))]
[JsonSerializable(typeof(Calculation.CostBreakdown))]
public sealed partial class TariffJson : JsonSerializerContext
{
    public static string Serialize(TariffDefinition definition) => JsonSerializer.Serialize(definition, Default.TariffDefinition);

    public static TariffDefinition DeserializeDefinition(string json) =>
        JsonSerializer.Deserialize(json, Default.TariffDefinition) ?? throw new JsonException("A tariff definition cannot be null.");

    public static string Serialize(Calculation.CostBreakdown breakdown) => JsonSerializer.Serialize(breakdown, Default.CostBreakdown);

    public static Calculation.CostBreakdown DeserializeBreakdown(string json) =>
        JsonSerializer.Deserialize(json, Default.CostBreakdown) ?? throw new JsonException("A cost breakdown cannot be null.");
}
