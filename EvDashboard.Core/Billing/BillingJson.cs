using System.Text.Json;
using System.Text.Json.Serialization;

namespace EvDashboard.Core.Billing;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SellerSnapshot))]
internal sealed partial class BillingJson : JsonSerializerContext
{
    public static string Serialize(SellerSnapshot seller) => JsonSerializer.Serialize(seller, Default.SellerSnapshot);

    public static SellerSnapshot DeserializeSeller(string json) =>
        JsonSerializer.Deserialize(json, Default.SellerSnapshot) ?? throw new JsonException("A seller cannot be null.");
}
