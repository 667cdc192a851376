namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §6.55: the payload of UpdateFirmware.req.</summary>
public sealed record UpdateFirmwareRequest
{
    /// <summary>Absolute URI of the firmware.</summary>
    public required string Location { get; init; }

    public int? Retries { get; init; }

    /// <summary>The charger may download the firmware from this moment on.</summary>
    public required DateTimeOffset RetrieveDate { get; init; }

    /// <summary>Seconds.</summary>
    public int? RetryInterval { get; init; }
}
