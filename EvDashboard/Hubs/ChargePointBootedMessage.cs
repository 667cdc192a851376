namespace EvDashboard.Hubs;

/// <summary>A charge point sent BootNotification and was accepted.</summary>
public sealed record ChargePointBootedMessage(string ChargePointId, string Vendor, string Model, string? FirmwareVersion, DateTimeOffset At);
