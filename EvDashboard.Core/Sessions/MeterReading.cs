namespace EvDashboard.Core.Sessions;

/// <summary>What one meterValue (all sampled values with one timestamp) says about a session.</summary>
public sealed record MeterReading(DateTimeOffset Timestamp, long? EnergyWh, long? PowerW, int? SocPercent);
