using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// What a session costs: the stored final cost once it completed (<see cref="IsFinal"/>), otherwise the running
/// cost computed now from its frozen tariff version and timeline.
/// </summary>
public sealed record SessionCost(int TransactionId, bool IsFinal, int TariffId, string TariffName, int TariffVersion, CostBreakdown Breakdown);
