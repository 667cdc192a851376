namespace EvDashboard.Core.Revenue.Reports;

/// <summary>One charge point's results over a range, for the top and bottom lists (money in major units of <paramref name="Currency"/>).</summary>
public sealed record StationRank(string ChargePointId, string? Name, string Currency, decimal Gross, decimal EnergyKwh, int Sessions, decimal UtilisationPercent);
