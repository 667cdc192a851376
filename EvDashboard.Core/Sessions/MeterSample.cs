namespace EvDashboard.Core.Sessions;

/// <summary>
/// One sampled value exactly as the charger sent it (OCPP 1.6 §7.45 SampledValue), with the spec's
/// defaults filled in so that a replayed sample has the same key and is stored once.
/// </summary>
public sealed class MeterSample
{
    private MeterSample()
    {
        ChargePointId = Measurand = Phase = Location = Context = Unit = Format = RawValue = string.Empty;
    }

    public MeterSample(string chargePointId, int connectorId, int? transactionId, DateTimeOffset timestamp, SampledReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        TransactionId = transactionId;
        Timestamp = timestamp;
        Measurand = reading.Measurand;
        Phase = reading.Phase;
        Location = reading.Location;
        Context = reading.Context;
        Unit = reading.Unit;
        Format = reading.Format;
        RawValue = reading.RawValue;
        Value = reading.Value;
        Wh = reading.Wh;
    }

    public long Id { get; private set; }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    /// <summary>The session it belongs to; null for samples sent outside a transaction (e.g. connector 0 readings).</summary>
    public int? TransactionId { get; private set; }

    public DateTimeOffset Timestamp { get; private set; }

    public string Measurand { get; private set; }

    /// <summary>Empty when the charger sent no phase (the total).</summary>
    public string Phase { get; private set; }

    public string Location { get; private set; }

    public string Context { get; private set; }

    public string Unit { get; private set; }

    public string Format { get; private set; }

    public string RawValue { get; private set; }

    /// <summary>The numeric value in the sent unit; null for SignedData or an unparsable value.</summary>
    public decimal? Value { get; private set; }

    /// <summary>Energy measurands converted to whole Wh (kWh × 1000, rounded to the nearest Wh); null otherwise.</summary>
    public long? Wh { get; private set; }
}
