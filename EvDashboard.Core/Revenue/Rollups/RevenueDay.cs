namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// Completed sessions of one connector, one site-local day (the day the session ended), one currency, tariff and idTag
/// group: how many, their energy and their final cost. Unpriced sessions count with an empty currency and zero money.
/// </summary>
public sealed class RevenueDay
{
    private RevenueDay()
    {
        ChargePointId = Currency = TagGroup = string.Empty;
    }

    public RevenueDay(string chargePointId, int connectorId, int day, string currency, int tariffId, string tagGroup)
    {
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        Day = day;
        Currency = currency;
        TariffId = tariffId;
        TagGroup = tagGroup;
    }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    /// <summary>The site-local date the session ended, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int Day { get; private set; }

    /// <summary>ISO 4217 code; empty for sessions without a final cost.</summary>
    public string Currency { get; private set; }

    /// <summary>The frozen tariff version's tariff; 0 when no tariff applied.</summary>
    public int TariffId { get; private set; }

    /// <summary>The session's idTag group; empty when the tag had none.</summary>
    public string TagGroup { get; private set; }

    public int Sessions { get; set; }

    public long EnergyWh { get; set; }

    public long NetMinor { get; set; }

    public long VatMinor { get; set; }

    public long GrossMinor { get; set; }

    /// <summary>Start to stop, summed: for the average session length.</summary>
    public long DurationSeconds { get; set; }
}
