namespace EvDashboard.Bench;

/// <summary>What all simulated charge points of a run share: the idTag (JSON-escaped UTF-8) and the clock.</summary>
internal sealed record ChargePointProfile(byte[] IdTag, TimeProvider Time);
