namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>The statements <see cref="RollupInputReader"/> runs; $a and $b are the day's UTC bounds in ticks.</summary>
internal static class RollupSql
{
    public const string Connectors = "SELECT ChargePointId, ConnectorId FROM Connectors WHERE ConnectorId >= 1";

    private const string SessionColumns =
        "SELECT s.TransactionId, s.ChargePointId, s.ConnectorId, s.Status, s.StartedAt, s.EndedAt, s.MeterStartWh, s.LastMeterAt, s.EnergyWh, " +
        "s.CostCurrency, s.CostNetMinor, s.CostVatMinor, s.CostTotalMinor, v.TariffId, s.TagGroup " +
        "FROM ChargingSessions s LEFT JOIN TariffVersions v ON v.Id = s.TariffVersionId ";

    /// <summary>Each OR term has its own index range (StartedAt, EndedAt, EndedAt IS NULL); SQLite unions them.</summary>
    public const string SessionsByStart = SessionColumns +
        "WHERE (s.StartedAt >= $from AND s.StartedAt < $b) OR (s.EndedAt >= $a AND s.EndedAt < $b) OR (s.EndedAt IS NULL AND s.StartedAt < $b)";

    /// <summary>"+s.StartedAt" keeps the planner on the EndedAt index for the second term (StartedAt &lt; $b alone would match every older session).</summary>
    public const string SessionsByEnd = SessionColumns +
        "WHERE (s.StartedAt >= $a AND s.StartedAt < $b) OR (s.EndedAt >= $a AND +s.StartedAt < $b) OR (s.EndedAt >= $a AND s.EndedAt < $b) " +
        "OR (s.EndedAt IS NULL AND s.StartedAt < $b)";

    /// <summary>The billing registers (SampledReading.IsBillingRegister), by the (TransactionId, Timestamp) index: time order, then arrival.</summary>
    public const string Registers =
        "SELECT m.TransactionId, m.Timestamp, m.Wh FROM json_each($ids) j JOIN MeterSamples m ON m.TransactionId = j.value " +
        "WHERE m.Measurand = 'Energy.Active.Import.Register' AND m.Phase = '' AND m.Wh IS NOT NULL AND m.Location IN ('Outlet', 'Cable', 'EV') " +
        "ORDER BY m.TransactionId, m.Timestamp, m.Id";

    /// <summary>Per connector: its changes from its last one before the day (all at that instant) to the day's end, in order.</summary>
    public const string Statuses =
        "SELECT c.ChargePointId, c.ConnectorId, s.Timestamp, s.Status FROM Connectors c JOIN ConnectorStatusChanges s " +
        "ON s.ChargePointId = c.ChargePointId AND s.ConnectorId = c.ConnectorId AND s.Timestamp < $b AND s.Timestamp >= COALESCE(" +
        "(SELECT MAX(x.Timestamp) FROM ConnectorStatusChanges x WHERE x.ChargePointId = c.ChargePointId AND x.ConnectorId = c.ConnectorId AND x.Timestamp < $a), $a) " +
        "WHERE c.ConnectorId >= 1 ORDER BY c.ChargePointId, c.ConnectorId, s.Timestamp, s.Id";

    /// <summary>CROSS JOIN fixes the order (charge points outside), so each one's events come from the (ChargePointId, At) index.</summary>
    public const string Connections =
        "SELECT p.Id, e.At, e.IsOnline FROM ChargePoints p CROSS JOIN ConnectionEvents e ON e.ChargePointId = p.Id AND e.At < $b AND e.At >= COALESCE(" +
        "(SELECT MAX(x.At) FROM ConnectionEvents x WHERE x.ChargePointId = p.Id AND x.At < $a), $a) ORDER BY p.Id, e.At, e.Id";

    public const string Authorizations =
        "SELECT ChargePointId, COUNT(*), SUM(CASE WHEN Outcome <> 'Accepted' THEN 1 ELSE 0 END) FROM AuthorizationRecords " +
        "WHERE At >= $a AND At < $b GROUP BY ChargePointId";
}
