namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.24: the payload of GetConfiguration.conf.</summary>
public sealed record GetConfigurationResponse
{
    public IReadOnlyList<KeyValue>? ConfigurationKey { get; init; }

    /// <summary>CiString50 each.</summary>
    public IReadOnlyList<string>? UnknownKey { get; init; }
}
