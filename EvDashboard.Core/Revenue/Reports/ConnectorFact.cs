namespace EvDashboard.Core.Revenue.Reports;

/// <summary>ConnectorDays summed over one key; <paramref name="ConnectorDays"/> is how many connector-days were rolled up.</summary>
internal sealed record ConnectorFact(
    ReportKey Key, long ConnectorDays, long EnergyWh, long Sessions, long FailedSessions,
    long ChargingSeconds, long OccupiedSeconds, long AvailableSeconds, long FaultedSeconds, long UnavailableSeconds, long OfflineSeconds, long UnknownSeconds);
