namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.23: the payload of GetConfiguration.req.</summary>
public sealed record GetConfigurationRequest
{
    /// <summary>CiString50 each; absent asks for every key.</summary>
    public IReadOnlyList<string>? Key { get; init; }
}
