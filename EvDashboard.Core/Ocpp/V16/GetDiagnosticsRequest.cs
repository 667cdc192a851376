namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.25: the payload of GetDiagnostics.req.</summary>
public sealed record GetDiagnosticsRequest
{
    /// <summary>Absolute URI of the upload directory.</summary>
    public required string Location { get; init; }

    public int? Retries { get; init; }

    /// <summary>Seconds.</summary>
    public int? RetryInterval { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? StopTime { get; init; }
}
