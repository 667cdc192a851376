using System.Text.Json;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Whole sessions over a real WebSocket, asserting the answer frames and the rows in SQLite.</summary>
public sealed class OcppSessionFlowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task WholeSession_BootToStop_AnswersAndStoresEverything()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-FLOW");

        var boot = await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Fast50", firmwareVersion = "1.2.3", iccid = "8931", meterSerialNumber = "MTR-9" });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Preparing", timestamp = T0 });
        var auth = await cp.CallAsync("Authorize", new { idTag = "UNKNOWN1" });
        var start = await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "UNKNOWN1", meterStart = 12_000, timestamp = T0.AddSeconds(5) });
        var tx = start.GetProperty("transactionId").GetInt32();
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = T0.AddSeconds(6) });
        for (var i = 1; i <= 3; i++)
        {
            await cp.CallAsync("MeterValues", new
            {
                connectorId = 1,
                transactionId = tx,
                meterValue = new[]
                {
                    new
                    {
                        timestamp = T0.AddMinutes(i),
                        sampledValue = new object[]
                        {
                            new { value = (12 + (i * 0.5m)).ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "Energy.Active.Import.Register", unit = "kWh" },
                            new { value = "11000", measurand = "Power.Active.Import", unit = "W" },
                            new { value = (40 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "SoC", unit = "Percent", location = "EV" },
                        },
                    },
                },
            });
        }

        var stop = await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 13_750, timestamp = T0.AddMinutes(4), reason = "EVDisconnected", idTag = "UNKNOWN1" });

        Assert.Equal("Accepted", boot.GetProperty("status").GetString());
        Assert.Equal(300, boot.GetProperty("interval").GetInt32());
        Assert.EndsWith("Z", boot.GetProperty("currentTime").GetString(), StringComparison.Ordinal);
        Assert.Equal("Invalid", auth.GetProperty("idTagInfo").GetProperty("status").GetString());
        Assert.True(tx > 0);
        Assert.Equal("Invalid", start.GetProperty("idTagInfo").GetProperty("status").GetString());
        Assert.Equal("Invalid", stop.GetProperty("idTagInfo").GetProperty("status").GetString());

        await using var db = _factory.CreateDbContext();
        var session = await db.ChargingSessions.SingleAsync(s => s.TransactionId == tx);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(12_000, session.MeterStartWh);
        Assert.Equal(13_750, session.MeterStopWh);
        Assert.Equal(1_750, session.EnergyWh);
        Assert.Equal("EVDisconnected", session.StopReason);
        Assert.Equal(T0.AddMinutes(4), session.EndedAt);
        Assert.True(session.Warnings.HasFlag(SessionWarnings.TagNotAccepted));
        Assert.Equal(43, session.LastSocPercent);

        var samples = await db.MeterSamples.Where(m => m.TransactionId == tx).OrderBy(m => m.Timestamp).ToListAsync();
        Assert.Equal(9, samples.Count);
        Assert.Equal([12_500L, 13_000L, 13_500L], samples.Where(m => m.Measurand == "Energy.Active.Import.Register").Select(m => m.Wh!.Value));

        var chargePoint = await db.ChargePoints.SingleAsync(c => c.Id == "CP-FLOW");
        Assert.Equal("Acme", chargePoint.Vendor);
        Assert.Equal("Fast50", chargePoint.Model);
        Assert.Equal("MTR-9", chargePoint.MeterSerialNumber);
        Assert.True(chargePoint.IsNew);

        var connector = await db.Connectors.SingleAsync(c => c.ChargePointId == "CP-FLOW" && c.ConnectorId == 1);
        Assert.Equal(ConnectorStatus.Charging, connector.Status);
        Assert.Equal(2, await db.ConnectorStatusChanges.CountAsync(c => c.ChargePointId == "CP-FLOW"));
        var unknownTagRecords = await db.AuthorizationRecords.Where(a => a.IdTag == "UNKNOWN1" && !a.IsKnownTag).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal([("Authorize", (int?)null), ("StartTransaction", 1)], unknownTagRecords.Select(a => (a.Action, a.ConnectorId)));
    }

    [Fact]
    public async Task StartTransaction_ResentAfterLostAnswer_ReturnsSameTransactionIdAndStoresOne()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-RESEND");
        var payload = new { connectorId = 2, idTag = "TAG-R", meterStart = 500, timestamp = T0 };

        var first = await cp.CallAsync("StartTransaction", payload);
        var second = await cp.CallAsync("StartTransaction", payload);

        Assert.Equal(first.GetProperty("transactionId").GetInt32(), second.GetProperty("transactionId").GetInt32());
        await using var db = _factory.CreateDbContext();
        Assert.Equal(1, await db.ChargingSessions.CountAsync(s => s.ChargePointId == "CP-RESEND"));
    }

    [Fact]
    public async Task MeterValuesAndStop_ReplayedAfterReconnect_ChangeNothingTwice()
    {
        int tx;
        object meterValues;
        object stopPayload;
        await using (var cp = await OcppTestClient.ConnectAsync(_factory, "CP-REPLAY"))
        {
            tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "TAG", meterStart = 0, timestamp = T0 })).GetProperty("transactionId").GetInt32();
            meterValues = new
            {
                connectorId = 1,
                transactionId = tx,
                meterValue = new[]
                {
                    new { timestamp = T0.AddMinutes(1), sampledValue = new object[] { new { value = "1000" }, new { value = "230.1", measurand = "Voltage", unit = "V" } } },
                    new { timestamp = T0.AddMinutes(2), sampledValue = new object[] { new { value = "2000" }, new { value = "229.9", measurand = "Voltage", unit = "V" } } },
                },
            };
            await cp.CallAsync("MeterValues", meterValues);
            stopPayload = new { transactionId = tx, meterStop = 2500, timestamp = T0.AddMinutes(3) };
            await cp.CallAsync("StopTransaction", stopPayload);
        }

        await using (var again = await OcppTestClient.ConnectAsync(_factory, "CP-REPLAY"))
        {
            await again.CallAsync("MeterValues", meterValues);
            await again.CallAsync("StopTransaction", stopPayload);
        }

        await using var db = _factory.CreateDbContext();
        var session = await db.ChargingSessions.SingleAsync(s => s.TransactionId == tx);
        Assert.Equal(2500, session.EnergyWh);
        Assert.Equal(SessionStatus.Completed, session.Status);
        Assert.Equal(4, await db.MeterSamples.CountAsync(m => m.TransactionId == tx));
        Assert.Empty(await db.LedgerAnomalies.Where(a => a.TransactionId == tx).ToListAsync());
    }

    [Fact]
    public async Task StopTransaction_UnknownTransaction_IsAnsweredAndRecorded()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-UNKNOWN-TX");

        var answer = await cp.CallRawAsync("StopTransaction", new { transactionId = 987_654, meterStop = 100, timestamp = T0 });

        Assert.Equal(3, answer[0].GetInt32());
        Assert.Equal(JsonValueKind.Object, answer[2].ValueKind);
        await using var db = _factory.CreateDbContext();
        var anomaly = await db.LedgerAnomalies.SingleAsync(a => a.ChargePointId == "CP-UNKNOWN-TX");
        Assert.Equal(LedgerAnomalyKind.StopForUnknownTransaction, anomaly.Kind);
        Assert.Equal(987_654, anomaly.TransactionId);
    }

    [Fact]
    public async Task BootNotification_WithOpenSession_InterruptsItAndALateStopCompletesIt()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-REBOOT");
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag = "TAG", meterStart = 100, timestamp = T0 })).GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", new { connectorId = 1, transactionId = tx, meterValue = new[] { new { timestamp = T0.AddMinutes(5), sampledValue = new[] { new { value = "900" } } } } });

        await cp.CallAsync("BootNotification", new { chargePointVendor = "Acme", chargePointModel = "Fast50" });

        await using (var db = _factory.CreateDbContext())
        {
            var interrupted = await db.ChargingSessions.SingleAsync(s => s.TransactionId == tx);
            Assert.Equal(SessionStatus.Interrupted, interrupted.Status);
            Assert.Equal(800, interrupted.EnergyWh);
            Assert.Equal(SessionLedger.RebootReason, interrupted.InterruptionReason);
        }

        await cp.CallAsync("StopTransaction", new { transactionId = tx, meterStop = 950, timestamp = T0.AddMinutes(6), reason = "PowerLoss" });

        await using (var db = _factory.CreateDbContext())
        {
            var completed = await db.ChargingSessions.SingleAsync(s => s.TransactionId == tx);
            Assert.Equal(SessionStatus.Completed, completed.Status);
            Assert.Equal(850, completed.EnergyWh);
            Assert.True(completed.Warnings.HasFlag(SessionWarnings.CompletedAfterInterruption));
        }
    }

    [Fact]
    public async Task StatusNotification_LateOfflineBufferedReport_GoesToHistoryWithoutReplacingCurrent()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-LATE");

        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Available", timestamp = T0.AddMinutes(10) });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "GroundFailure", status = "Faulted", timestamp = T0, vendorErrorCode = "E42" });

        await using var db = _factory.CreateDbContext();
        var connector = await db.Connectors.SingleAsync(c => c.ChargePointId == "CP-LATE" && c.ConnectorId == 1);
        Assert.Equal(ConnectorStatus.Available, connector.Status);
        var history = await db.ConnectorStatusChanges.Where(c => c.ChargePointId == "CP-LATE").OrderBy(c => c.Timestamp).ToListAsync();
        Assert.Equal([ConnectorStatus.Faulted, ConnectorStatus.Available], history.Select(h => h.Status));
        Assert.Equal("E42", history[0].VendorErrorCode);
    }

    [Fact]
    public async Task StatusNotification_ReplayedReport_IsStoredOnceAndKeepsEveryField()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-REPLAY");
        var faulted = new { connectorId = 2, errorCode = "OverCurrentFailure", status = "Faulted", timestamp = T0, info = "breaker", vendorId = "com.acme", vendorErrorCode = "E7" };

        await cp.CallAsync("StatusNotification", faulted);
        await cp.CallAsync("StatusNotification", faulted);
        await cp.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "NoError", status = "Available", timestamp = T0.AddMinutes(1) });
        await cp.CallAsync("StatusNotification", faulted);

        await using var db = _factory.CreateDbContext();
        var history = await db.ConnectorStatusChanges.Where(c => c.ChargePointId == "CP-REPLAY").OrderBy(c => c.Timestamp).ToListAsync();
        Assert.Equal([ConnectorStatus.Faulted, ConnectorStatus.Available], history.Select(h => h.Status));
        Assert.Equal(("OverCurrentFailure", "breaker", "com.acme", "E7"), (history[0].ErrorCode, history[0].Info, history[0].VendorId, history[0].VendorErrorCode));
        Assert.Equal(T0, history[0].Timestamp);
        var connector = await db.Connectors.SingleAsync(c => c.ChargePointId == "CP-REPLAY" && c.ConnectorId == 2);
        Assert.Equal((ConnectorStatus.Available, "NoError", null, null, null), (connector.Status, connector.ErrorCode, connector.Info, connector.VendorId, connector.VendorErrorCode));
        Assert.Equal(T0.AddMinutes(1), connector.StatusSince);
    }

    [Fact]
    public async Task DataTransfer_UnknownVendor_IsStoredAndAnsweredUnknownVendorId()
    {
        await using var cp = await OcppTestClient.ConnectAsync(_factory, "CP-DT");

        var answer = await cp.CallAsync("DataTransfer", new { vendorId = "com.example", messageId = "diag", data = "{\"temp\":41}" });

        Assert.Equal("UnknownVendorId", answer.GetProperty("status").GetString());
        await using var db = _factory.CreateDbContext();
        var stored = await db.DataTransferMessages.SingleAsync(d => d.ChargePointId == "CP-DT");
        Assert.Equal("{\"temp\":41}", stored.Data);
    }
}
