using System.Globalization;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// A charger's Local Authorization List limits, from its configuration keys (OCPP 1.6 §9.2, Local Auth List Management
/// profile): SendLocalListMaxLength, the most identifications one SendLocalList.req may carry, and LocalAuthListMaxLength,
/// the most its list can store. Null means the charger did not report the key, so nothing is limited.
/// </summary>
public sealed record LocalListLimits(int? SendLocalListMaxLength, int? LocalAuthListMaxLength, bool? LocalAuthListEnabled)
{
    public const string SendLocalListMaxLengthKey = "SendLocalListMaxLength";
    public const string LocalAuthListMaxLengthKey = "LocalAuthListMaxLength";
    public const string LocalAuthListEnabledKey = "LocalAuthListEnabled";

    public static IReadOnlyList<string> Keys { get; } = [SendLocalListMaxLengthKey, LocalAuthListMaxLengthKey, LocalAuthListEnabledKey];

    /// <summary>
    /// The limits in a GetConfiguration.conf. Keys compare case-insensitively (they are CiString50, §7.29). A message
    /// size below 1 could carry no entry at all, so it is treated as not reported rather than blocking every update.
    /// </summary>
    public static LocalListLimits From(GetConfigurationResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var values = (response.ConfigurationKey ?? [])
            .GroupBy(k => k.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Value, StringComparer.OrdinalIgnoreCase);
        var perMessage = Number(values, SendLocalListMaxLengthKey);
        return new LocalListLimits(
            perMessage is >= 1 ? perMessage : null,
            Number(values, LocalAuthListMaxLengthKey),
            values.TryGetValue(LocalAuthListEnabledKey, out var enabled) && bool.TryParse(enabled?.Trim(), out var on) ? on : null);
    }

    /// <summary>The limits as an audit entry states them.</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{SendLocalListMaxLengthKey}={SendLocalListMaxLength?.ToString(CultureInfo.InvariantCulture) ?? "not reported"}, {LocalAuthListMaxLengthKey}={LocalAuthListMaxLength?.ToString(CultureInfo.InvariantCulture) ?? "not reported"}, {LocalAuthListEnabledKey}={LocalAuthListEnabled?.ToString() ?? "not reported"}");

    private static int? Number(Dictionary<string, string?> values, string key) =>
        values.TryGetValue(key, out var value) && int.TryParse(value?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number >= 0
            ? number
            : null;
}
