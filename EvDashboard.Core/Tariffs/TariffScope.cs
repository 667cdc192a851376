namespace EvDashboard.Core.Tariffs;

/// <summary>What a tariff assignment covers; the more specific scope wins (docs/TARIFFS.md, "Which tariff applies").</summary>
public enum TariffScope
{
    Site,
    ChargePoint,
    Connector,
}
