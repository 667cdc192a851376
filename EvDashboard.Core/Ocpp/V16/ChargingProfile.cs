namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.8: a charging schedule with its purpose and stack level.</summary>
public sealed record ChargingProfile
{
    public required int ChargingProfileId { get; init; }

    /// <summary>Only meaningful for a TxProfile.</summary>
    public int? TransactionId { get; init; }

    /// <summary>0 or more; higher levels take precedence.</summary>
    public required int StackLevel { get; init; }

    public required ChargingProfilePurposeType ChargingProfilePurpose { get; init; }

    public required ChargingProfileKindType ChargingProfileKind { get; init; }

    public RecurrencyKindType? RecurrencyKind { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    public required ChargingSchedule ChargingSchedule { get; init; }
}
