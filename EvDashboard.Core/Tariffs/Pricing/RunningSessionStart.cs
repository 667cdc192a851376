using EvDashboard.Core.Sessions;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>What a running session's price rests on, as loaded from the ledger: its start, state and frozen tariff version.</summary>
internal sealed record RunningSessionStart(
    DateTimeOffset StartedAt,
    long MeterStartWh,
    SessionStatus Status,
    DateTimeOffset? InterruptedAt,
    int TariffId,
    string TariffName,
    int TariffVersion,
    TariffDefinition Definition);
