using System.Globalization;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>
/// A simulated charge point's configuration keys (OCPP 1.6 §9.1), for GetConfiguration and ChangeConfiguration.
/// The two intervals take effect at once; the other keys are kept and reported like a real charger's.
/// </summary>
internal sealed class DemoConfiguration
{
    private const string HeartbeatKey = "HeartbeatInterval";
    private const string MeterIntervalKey = "MeterValueSampleInterval";

    // Keys are CiString50: compared without case.
    private readonly Dictionary<string, Entry> _keys = new(StringComparer.OrdinalIgnoreCase);

    public DemoConfiguration(int connectors, int meterIntervalSeconds)
    {
        Add(HeartbeatKey, "300", readOnly: false, IsSeconds);
        Add(MeterIntervalKey, meterIntervalSeconds.ToString(CultureInfo.InvariantCulture), readOnly: false, IsSeconds);
        Add("ConnectionTimeOut", "60", readOnly: false, IsSeconds);
        Add("ClockAlignedDataInterval", "0", readOnly: false, v => int.TryParse(v, CultureInfo.InvariantCulture, out var s) && s >= 0);
        Add("MeterValuesSampledData", "Energy.Active.Import.Register,Power.Active.Import,SoC,Voltage,Current.Import", readOnly: false, v => v.Length > 0);
        Add("LocalAuthorizeOffline", "true", readOnly: false, IsBoolean);
        Add("WebSocketPingInterval", "30", readOnly: false, v => int.TryParse(v, CultureInfo.InvariantCulture, out var s) && s >= 0);
        Add("AuthorizeRemoteTxRequests", "false", readOnly: true, IsBoolean);
        Add("StopTransactionOnEVSideDisconnect", "true", readOnly: true, IsBoolean);
        Add("NumberOfConnectors", connectors.ToString(CultureInfo.InvariantCulture), readOnly: true, IsSeconds);
        Add("SupportedFeatureProfiles", "Core,RemoteTrigger,LocalAuthListManagement", readOnly: true, v => true);
        Add("LocalAuthListEnabled", "true", readOnly: false, IsBoolean);
        Add("LocalAuthListMaxLength", DemoLocalList.MaxLength.ToString(CultureInfo.InvariantCulture), readOnly: true, IsSeconds);
        Add("SendLocalListMaxLength", DemoLocalList.SendMaxLength.ToString(CultureInfo.InvariantCulture), readOnly: true, IsSeconds);
    }

    public TimeSpan HeartbeatInterval => Seconds(HeartbeatKey);

    public TimeSpan MeterValueSampleInterval => Seconds(MeterIntervalKey);

    /// <summary>BootNotification.conf hands out the heartbeat interval (OCPP 1.6 §4.2).</summary>
    public void AcceptHeartbeatInterval(int seconds)
    {
        if (seconds > 0)
        {
            _keys[HeartbeatKey] = _keys[HeartbeatKey] with { Value = seconds.ToString(CultureInfo.InvariantCulture) };
        }
    }

    public GetConfigurationResponse Get(IReadOnlyList<string>? keys)
    {
        if (keys is null || keys.Count == 0)
        {
            return new GetConfigurationResponse { ConfigurationKey = [.. _keys.Select(k => ToKeyValue(k.Key, k.Value))] };
        }

        var known = keys.Where(_keys.ContainsKey).Select(k => ToKeyValue(k, _keys[k])).ToList();
        var unknown = keys.Where(k => !_keys.ContainsKey(k)).ToList();
        return new GetConfigurationResponse { ConfigurationKey = known, UnknownKey = unknown.Count > 0 ? unknown : null };
    }

    public ConfigurationStatus Change(string key, string value)
    {
        if (!_keys.TryGetValue(key, out var entry))
        {
            return ConfigurationStatus.NotSupported;
        }

        if (entry.ReadOnly || !entry.IsValid(value))
        {
            return ConfigurationStatus.Rejected;
        }

        _keys[key] = entry with { Value = value };
        return ConfigurationStatus.Accepted;
    }

    private void Add(string key, string value, bool readOnly, Func<string, bool> isValid) => _keys[key] = new Entry(value, readOnly, isValid);

    private TimeSpan Seconds(string key) => TimeSpan.FromSeconds(int.Parse(_keys[key].Value, CultureInfo.InvariantCulture));

    private static KeyValue ToKeyValue(string key, Entry entry) => new() { Key = key, Readonly = entry.ReadOnly, Value = entry.Value };

    private static bool IsSeconds(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and <= 86_400;

    private static bool IsBoolean(string value) => value is "true" or "false";

    private sealed record Entry(string Value, bool ReadOnly, Func<string, bool> IsValid);
}
