namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.9: the payload of ChangeConfiguration.req.</summary>
public sealed record ChangeConfigurationRequest
{
    /// <summary>CiString50.</summary>
    public required string Key { get; init; }

    /// <summary>CiString500.</summary>
    public required string Value { get; init; }
}
