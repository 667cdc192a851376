namespace EvDashboard.Core.Stations;

/// <summary>What a charge point says about itself in BootNotification (OCPP 1.6 §6.2).</summary>
public sealed record BootInfo(
    string Vendor,
    string Model,
    string? ChargePointSerialNumber,
    string? ChargeBoxSerialNumber,
    string? FirmwareVersion,
    string? Iccid,
    string? Imsi,
    string? MeterType,
    string? MeterSerialNumber);
