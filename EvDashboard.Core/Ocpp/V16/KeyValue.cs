namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.29: one configuration key in GetConfiguration.conf.</summary>
public sealed record KeyValue
{
    /// <summary>CiString50.</summary>
    public required string Key { get; init; }

    /// <summary>False when ChangeConfiguration can set the key.</summary>
    public required bool Readonly { get; init; }

    /// <summary>CiString500; absent when the key is known but not set.</summary>
    public string? Value { get; init; }
}
