namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.3: the payload of BootNotification.req.</summary>
public sealed record BootNotificationRequest
{
    /// <summary>CiString20.</summary>
    public required string ChargePointVendor { get; init; }

    /// <summary>CiString20.</summary>
    public required string ChargePointModel { get; init; }

    /// <summary>CiString25.</summary>
    public string? ChargePointSerialNumber { get; init; }

    /// <summary>CiString25; deprecated by the spec, still sent by older chargers.</summary>
    public string? ChargeBoxSerialNumber { get; init; }

    /// <summary>CiString50.</summary>
    public string? FirmwareVersion { get; init; }

    /// <summary>CiString20.</summary>
    public string? Iccid { get; init; }

    /// <summary>CiString20.</summary>
    public string? Imsi { get; init; }

    /// <summary>CiString25.</summary>
    public string? MeterType { get; init; }

    /// <summary>CiString25.</summary>
    public string? MeterSerialNumber { get; init; }
}
