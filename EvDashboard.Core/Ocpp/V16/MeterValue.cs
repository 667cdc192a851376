namespace EvDashboard.Core.Ocpp.V16;

/// <summary>OCPP 1.6 §7.33: sampled values that were all measured at the same moment.</summary>
public sealed record MeterValue
{
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>At least one (cardinality 1..*).</summary>
    public required IReadOnlyList<SampledValue> SampledValue { get; init; }
}
