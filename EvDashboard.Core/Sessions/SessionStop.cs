namespace EvDashboard.Core.Sessions;

/// <summary>A StopTransaction as reported (OCPP 1.6 §6.49). Reason is the spec's word; absent means Local.</summary>
public sealed record SessionStop(DateTimeOffset Timestamp, long MeterStopWh, string Reason, string? IdTag, DateTimeOffset ReceivedAt);
