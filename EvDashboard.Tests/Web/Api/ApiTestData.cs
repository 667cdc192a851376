using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Web.Api;

/// <summary>Ledger rows built through the domain's own constructors, as the OCPP handlers build them.</summary>
internal static class ApiTestData
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);

    public static ChargePoint ChargePoint(string id) => new(id, name: null, T0.AddDays(-30), registeredOnFirstConnect: false);

    public static ChargingSession Session(string chargePointId, int connectorId, string idTag, DateTimeOffset startedAt, long meterStartWh = 1_000) =>
        ChargingSession.Start(new SessionStart(chargePointId, connectorId, idTag, startedAt, meterStartWh, null, AuthorizationOutcome.Accepted, startedAt));

    public static ConnectorStatusChange StatusChange(string chargePointId, int connectorId, ConnectorStatus status, DateTimeOffset at) =>
        new(chargePointId, new StatusReport(connectorId, status, "NoError", null, null, null, at), at);

    public static MeterSample EnergySample(string chargePointId, int connectorId, int transactionId, DateTimeOffset at, string kWh) =>
        new(chargePointId, connectorId, transactionId, at, SampledReading.From(kWh, SampledReading.EnergyRegister, null, null, null, "kWh", null));
}
