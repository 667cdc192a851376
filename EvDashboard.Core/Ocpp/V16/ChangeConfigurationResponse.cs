namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.10: the payload of ChangeConfiguration.conf.</summary>
public sealed record ChangeConfigurationResponse
{
    public required ConfigurationStatus Status { get; init; }
}
