namespace EvDashboard.Core.Tariffs;

/// <summary>
/// The prices of one tariff version (docs/TARIFFS.md). Prices are exact decimals in major units of
/// <see cref="Currency"/>, excluding VAT. Each component is a list: the first entry whose restriction matches
/// a moment (or an energy position) prices it; a moment no entry matches is not charged for that component.
/// </summary>
public sealed record TariffDefinition
{
    public required string Currency { get; init; }

    /// <summary>VAT in percent (19 means 19 %), applied once to the session's net price.</summary>
    public decimal VatRatePercent { get; init; }

    /// <summary>A flat fee per session; the entry matching the session's start is charged.</summary>
    public IReadOnlyList<PriceComponent> StartFees { get; init; } = [];

    /// <summary>Price per kWh.</summary>
    public IReadOnlyList<PriceComponent> Energy { get; init; } = [];

    /// <summary>Price per hour while the connector is Charging.</summary>
    public IReadOnlyList<PriceComponent> ChargingTime { get; init; } = [];

    /// <summary>Price per minute while occupied after charging ended, once the grace period is over.</summary>
    public IReadOnlyList<PriceComponent> Idle { get; init; } = [];

    public int IdleGraceMinutes { get; init; }

    /// <summary>The most the idle fee of one session can add (net); null for no cap.</summary>
    public decimal? IdleFeeCap { get; init; }

    /// <summary>The least a session costs net, once it has started; null for none.</summary>
    public decimal? MinimumPrice { get; init; }

    /// <summary>The most a session costs net, idle fee included; null for none.</summary>
    public decimal? MaximumPrice { get; init; }

    public TariffSteps Steps { get; init; } = new();
}
