using EvDashboard.Core.Billing;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Seeding;

/// <summary>
/// Writes one planned session as the ledger would have stored it: the session, its register samples, its connector's
/// status changes, and its final cost from <see cref="TariffCalculator"/> on exactly the timeline the product's
/// SessionTimelineReader reads back (the Charging change at the start, then the later ones up to the stop).
/// </summary>
internal sealed class SessionRecorder(BulkWriter writer, TariffChooser tariffs, ReceiptBook receipts, TimeZoneInfo zone)
{
    public void Record(int transactionId, PlannedSession session)
    {
        var readings = session.Readings().ToList();
        var tariff = tariffs.For(session);
        var cost = tariff is null ? null : Price(session, readings, tariff.Definition);
        var costJson = cost is null ? null : TariffJson.Serialize(cost);
        var tag = session.Tag;
        var connector = session.Connector;
        writer.Sessions.Insert(
            transactionId, connector.ChargePointId, connector.ConnectorId, tag.Value, nameof(AuthorizationOutcome.Accepted), SeedFormat.Ticks(session.StartedAt),
            session.MeterStartWh, SeedFormat.Ticks(session.StartedAt.AddSeconds(1)), nameof(SessionStatus.Completed), (int)SessionWarnings.None,
            SeedFormat.Ticks(session.EndedAt), session.MeterStopWh, session.StopReason, session.StopReason == "Local" ? tag.Value : null,
            SeedFormat.Ticks(session.EndedAt.AddSeconds(1)), session.MeterStopWh, SeedFormat.Ticks(readings[^1].At), session.EnergyWh, tag.Group, tariff?.VersionId,
            cost?.Currency, cost?.NetMinor, cost?.VatMinor, cost?.TotalMinor, costJson, cost is null ? null : SeedFormat.Ticks(session.EndedAt.AddSeconds(1)));
        WriteSamples(transactionId, session, readings);
        WriteStatuses(session);
        writer.RowsWritten(1 + readings.Count + 4);
        if (cost is not null)
        {
            receipts.Add(
                new PricedSession(transactionId, connector.ChargePointId, connector.ConnectorId, tag.Value, tag.Group, session.StartedAt, session.EndedAt,
                    session.EnergyWh, cost.Currency, cost.NetMinor, cost.VatMinor, costJson!),
                new InvoiceBuyer(tag.BuyerName, tag.Value, tag.Group));
        }
    }

    private CostBreakdown Price(PlannedSession session, List<(DateTimeOffset At, long RegisterWh)> readings, TariffDefinition definition)
    {
        var timeline = new SessionTimeline(
            session.StartedAt, session.MeterStartWh, session.EndedAt, session.MeterStopWh,
            readings.Select(r => new EnergyReading(r.At, r.RegisterWh)).ToList(),
            session.StatusesFromStart().Select(s => new StatusPoint(s.At, s.Status)).ToList());
        return TariffCalculator.Calculate(definition, timeline, zone);
    }

    private void WriteSamples(int transactionId, PlannedSession session, List<(DateTimeOffset At, long RegisterWh)> readings)
    {
        for (var i = 0; i < readings.Count; i++)
        {
            var (at, wh) = readings[i];
            var raw = wh.ToString(System.Globalization.CultureInfo.InvariantCulture);
            writer.Samples.Insert(
                session.Connector.ChargePointId, session.Connector.ConnectorId, transactionId, SeedFormat.Ticks(at), SampledReading.EnergyRegister, "", "Outlet",
                i == readings.Count - 1 ? "Transaction.End" : "Sample.Periodic", "Wh", "Raw", raw, SeedFormat.Decimal(wh), wh);
        }
    }

    private void WriteStatuses(PlannedSession session)
    {
        InsertStatus(session, ConnectorStatus.Preparing, session.PluggedAt);
        foreach (var (at, status) in session.StatusesFromStart())
        {
            InsertStatus(session, status, at);
        }

        InsertStatus(session, ConnectorStatus.Available, session.UnpluggedAt);
    }

    private void InsertStatus(PlannedSession session, ConnectorStatus status, DateTimeOffset at) =>
        writer.Statuses.Insert(session.Connector.ChargePointId, session.Connector.ConnectorId, status.ToString(), "NoError", null, null, null,
            SeedFormat.Ticks(at), SeedFormat.Ticks(at.AddSeconds(1)));
}
