namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.26: the payload of GetDiagnostics.conf.</summary>
public sealed record GetDiagnosticsResponse
{
    /// <summary>CiString255; absent when there is no diagnostic information.</summary>
    public string? FileName { get; init; }
}
