namespace EvDashboard.Core.Tariffs.Calculation;

/// <summary>
/// A session's price: one line per component and band, the net subtotal, VAT at the tariff's rate and the total,
/// all in minor units of <see cref="Currency"/>. TotalMinor = NetMinor + VatMinor, and the lines add up to NetMinor.
/// </summary>
public sealed record CostBreakdown(
    string Currency,
    IReadOnlyList<CostLine> Lines,
    long NetMinor,
    decimal VatRatePercent,
    long VatMinor,
    long TotalMinor,
    long EnergyWh,
    long ChargingSeconds,
    long IdleSeconds);
