using System.Text;
using System.Text.Json;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Ocpp.Handlers;

/// <summary>Each handler through the dispatcher: the answer payload and what it stored.</summary>
public sealed class OcppCallDispatcherTests : IAsyncLifetime
{
    private const string Cp = "CP-H";
    private HandlerHost _host = default!;

    public async Task InitializeAsync() => _host = await HandlerHost.StartAsync(Cp);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task BootNotification_StoresIdentity_AnswersIntervalAndClock()
    {
        var outcome = await _host.CallAsync(Cp, """[2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"X1","imsi":"262","meterType":"EM"}]""");

        var answer = Payload(outcome);
        Assert.Equal("Accepted", answer.GetProperty("status").GetString());
        Assert.Equal(120, answer.GetProperty("interval").GetInt32());
        Assert.Equal("2026-11-21T09:30:00.000Z", answer.GetProperty("currentTime").GetString());
        await using var db = _host.CreateDbContext();
        var cp = await db.ChargePoints.SingleAsync(c => c.Id == Cp);
        Assert.Equal(("Acme", "X1", "262", "EM"), (cp.Vendor, cp.Model, cp.Imsi, cp.MeterType));
        Assert.Equal(HandlerHost.Now, cp.LastBootAt);
    }

    [Fact]
    public async Task BootNotification_SecondBoot_ReplacesEveryIdentityFieldAndClearsThoseNotSent()
    {
        await _host.CallAsync(Cp, """[2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"X1","chargePointSerialNumber":"S1","chargeBoxSerialNumber":"B1","firmwareVersion":"1.0","iccid":"89","imsi":"262","meterType":"EM","meterSerialNumber":"M1"}]""");

        await _host.CallAsync(Cp, """[2,"2","BootNotification",{"chargePointVendor":"Volt","chargePointModel":"Y2","firmwareVersion":"2.0"}]""", HandlerHost.Now.AddMinutes(5));

        await using var db = _host.CreateDbContext();
        var cp = await db.ChargePoints.SingleAsync(c => c.Id == Cp);
        Assert.Equal(("Volt", "Y2", "2.0"), (cp.Vendor, cp.Model, cp.FirmwareVersion));
        Assert.Equal(
            new string?[] { null, null, null, null, null, null },
            new[] { cp.ChargePointSerialNumber, cp.ChargeBoxSerialNumber, cp.Iccid, cp.Imsi, cp.MeterType, cp.MeterSerialNumber });
        Assert.Equal(HandlerHost.Now.AddMinutes(5), cp.LastBootAt);
        Assert.Equal(HandlerHost.Now.AddMinutes(5), cp.LastSeenAt);
    }

    [Fact]
    public async Task BootNotification_ReceivedBeforeTheLastSeenTime_BootStoredLastSeenKept()
    {
        await _host.CallAsync(Cp, """[2,"1","Heartbeat",{}]""");
        await _host.Writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var cp = await scope.Db.ChargePoints.SingleAsync(c => c.Id == Cp, ct);
                cp.MarkSeen(HandlerHost.Now.AddMinutes(10));
            },
            CancellationToken.None);

        await _host.CallAsync(Cp, """[2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"X1"}]""", HandlerHost.Now.AddMinutes(5));

        await using var db = _host.CreateDbContext();
        var cp = await db.ChargePoints.SingleAsync(c => c.Id == Cp);
        Assert.Equal(HandlerHost.Now.AddMinutes(5), cp.LastBootAt);
        Assert.Equal(HandlerHost.Now.AddMinutes(10), cp.LastSeenAt);
    }

    [Fact]
    public async Task BootNotification_ChargePointDeletedWhileConnected_CallErrorAndNothingStored()
    {
        await _host.Writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var cp = await scope.Db.ChargePoints.SingleAsync(c => c.Id == Cp, ct);
                scope.Db.ChargePoints.Remove(cp);
            },
            CancellationToken.None);

        var outcome = await _host.CallAsync(Cp, """[2,"1","BootNotification",{"chargePointVendor":"Acme","chargePointModel":"X1"}]""");

        Assert.False(outcome.IsSuccess);
        await using var db = _host.CreateDbContext();
        Assert.False(await db.ChargePoints.AnyAsync(c => c.Id == Cp));
    }

    [Fact]
    public async Task Heartbeat_AnswersCurrentTime_StoresNothing()
    {
        var outcome = await _host.CallAsync(Cp, """[2,"1","Heartbeat",{}]""");

        Assert.Equal("2026-11-21T09:30:00.000Z", Payload(outcome).GetProperty("currentTime").GetString());
    }

    [Fact]
    public async Task StatusNotification_WithoutTimestamp_UsesReceiveTime()
    {
        var outcome = await _host.CallAsync(Cp, """[2,"1","StatusNotification",{"connectorId":0,"errorCode":"OtherError","status":"Unavailable","info":"door open"}]""");

        Assert.Equal("{}", Encoding.UTF8.GetString(outcome.Payload!));
        await using var db = _host.CreateDbContext();
        var change = await db.ConnectorStatusChanges.SingleAsync();
        Assert.Equal((0, ConnectorStatus.Unavailable, "OtherError", "door open", HandlerHost.Now), (change.ConnectorId, change.Status, change.ErrorCode, change.Info, change.Timestamp));
    }

    [Fact]
    public async Task StatusNotification_SameReportTwice_KeptOnce()
    {
        const string frame = """[2,"1","StatusNotification",{"connectorId":1,"errorCode":"NoError","status":"Available","timestamp":"2026-11-21T09:00:00Z"}]""";

        await _host.CallAsync(Cp, frame);
        await _host.CallAsync(Cp, frame);

        await using var db = _host.CreateDbContext();
        Assert.Equal(1, await db.ConnectorStatusChanges.CountAsync());
    }

    [Fact]
    public async Task FirmwareAndDiagnosticsStatus_AreKeptOnTheChargePoint()
    {
        var firmware = await _host.CallAsync(Cp, """[2,"1","FirmwareStatusNotification",{"status":"Installing"}]""");
        var diagnostics = await _host.CallAsync(Cp, """[2,"2","DiagnosticsStatusNotification",{"status":"Uploaded"}]""");

        Assert.True(firmware.IsSuccess && diagnostics.IsSuccess);
        await using var db = _host.CreateDbContext();
        var cp = await db.ChargePoints.SingleAsync(c => c.Id == Cp);
        Assert.Equal(("Installing", "Uploaded"), (cp.FirmwareStatus, cp.DiagnosticsStatus));
    }

    [Fact]
    public async Task MeterValues_KwhRegister_StoredAsExactWh()
    {
        var tx = Payload(await _host.CallAsync(Cp, """[2,"1","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":12345678,"timestamp":"2026-11-21T09:00:00Z"}]"""))
            .GetProperty("transactionId").GetInt32();

        await _host.CallAsync(Cp, $$"""[2,"2","MeterValues",{"connectorId":1,"transactionId":{{tx}},"meterValue":[{"timestamp":"2026-11-21T09:05:00Z","sampledValue":[{"value":"12350.1234","unit":"kWh"}]}]}]""");

        await using var db = _host.CreateDbContext();
        var sample = await db.MeterSamples.SingleAsync();
        Assert.Equal(12_350_123, sample.Wh);
        Assert.Equal("12350.1234", sample.RawValue);
        Assert.Equal(4_445, (await db.ChargingSessions.SingleAsync()).EnergyWh);
    }

    [Fact]
    public async Task MeterValues_WithoutTransaction_KeptUnlinked()
    {
        var outcome = await _host.CallAsync(Cp, """[2,"1","MeterValues",{"connectorId":0,"meterValue":[{"timestamp":"2026-11-21T09:05:00Z","sampledValue":[{"value":"230","measurand":"Voltage","unit":"V","phase":"L1-N"}]}]}]""");

        Assert.True(outcome.IsSuccess);
        await using var db = _host.CreateDbContext();
        var sample = await db.MeterSamples.SingleAsync();
        Assert.Null(sample.TransactionId);
        Assert.Equal(("Voltage", "L1-N", "V"), (sample.Measurand, sample.Phase, sample.Unit));
        Assert.Null(sample.Wh);
    }

    [Fact]
    public async Task StopTransaction_CompletedSessionWithDifferentStop_RecordedAndUnchanged()
    {
        var tx = Payload(await _host.CallAsync(Cp, """[2,"1","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-11-21T09:00:00Z"}]"""))
            .GetProperty("transactionId").GetInt32();
        await _host.CallAsync(Cp, $$"""[2,"2","StopTransaction",{"transactionId":{{tx}},"meterStop":1000,"timestamp":"2026-11-21T09:10:00Z"}]""");

        var second = await _host.CallAsync(Cp, $$"""[2,"3","StopTransaction",{"transactionId":{{tx}},"meterStop":5000,"timestamp":"2026-11-21T09:20:00Z"}]""");

        Assert.True(second.IsSuccess);
        await using var db = _host.CreateDbContext();
        Assert.Equal(1000, (await db.ChargingSessions.SingleAsync()).EnergyWh);
        Assert.Equal(LedgerAnomalyKind.StopForCompletedTransaction, (await db.LedgerAnomalies.SingleAsync()).Kind);
    }

    [Fact]
    public async Task StartTransaction_TagAtItsConcurrencyLimit_StoredAndAnsweredConcurrentTx()
    {
        await AddLimitedTagAsync();
        await _host.CallAsync(Cp, """[2,"1","StartTransaction",{"connectorId":1,"idTag":"ONEONLY","meterStart":0,"timestamp":"2026-11-21T09:00:00Z"}]""");

        var second = Payload(await _host.CallAsync(Cp, """[2,"2","StartTransaction",{"connectorId":2,"idTag":"oneonly","meterStart":0,"timestamp":"2026-11-21T09:01:00Z"}]"""));

        Assert.Equal("ConcurrentTx", second.GetProperty("idTagInfo").GetProperty("status").GetString());
        await using var db = _host.CreateDbContext();
        Assert.Equal(2, await db.ChargingSessions.CountAsync());
    }

    [Fact]
    public async Task StartTransaction_AfterLostStopOnSameConnector_TagWithLimitOneIsAccepted()
    {
        await AddLimitedTagAsync();
        await _host.CallAsync(Cp, """[2,"1","StartTransaction",{"connectorId":1,"idTag":"ONEONLY","meterStart":0,"timestamp":"2026-11-21T09:00:00Z"}]""");

        var next = Payload(await _host.CallAsync(Cp, """[2,"2","StartTransaction",{"connectorId":1,"idTag":"ONEONLY","meterStart":900,"timestamp":"2026-11-21T10:00:00Z"}]"""));

        Assert.Equal("Accepted", next.GetProperty("idTagInfo").GetProperty("status").GetString());
        await using var db = _host.CreateDbContext();
        Assert.Equal([SessionStatus.Interrupted, SessionStatus.Active], await db.ChargingSessions.OrderBy(s => s.TransactionId).Select(s => s.Status).ToListAsync());
    }

    [Fact]
    public async Task StopTransaction_WithTransactionData_KeepsSamplesAndFinalSoc()
    {
        var tx = Payload(await _host.CallAsync(Cp, """[2,"1","StartTransaction",{"connectorId":1,"idTag":"T","meterStart":0,"timestamp":"2026-11-21T09:00:00Z"}]"""))
            .GetProperty("transactionId").GetInt32();

        await _host.CallAsync(Cp, $$"""[2,"2","StopTransaction",{"transactionId":{{tx}},"meterStop":2000,"timestamp":"2026-11-21T09:30:00Z","transactionData":[{"timestamp":"2026-11-21T09:30:00Z","sampledValue":[{"value":"2000"},{"value":"88","measurand":"SoC","unit":"Percent","location":"EV","context":"Transaction.End"}]}]}]""");
        await _host.CallAsync(Cp, """[2,"3","StopTransaction",{"transactionId":4242,"meterStop":10,"timestamp":"2026-11-21T09:30:00Z","transactionData":[{"timestamp":"2026-11-21T09:29:00Z","sampledValue":[{"value":"10"}]}]}]""");

        await using var db = _host.CreateDbContext();
        Assert.Equal(88, (await db.ChargingSessions.SingleAsync()).LastSocPercent);
        Assert.Equal(2, await db.MeterSamples.CountAsync(m => m.TransactionId == tx));
        Assert.Equal(1, await db.MeterSamples.CountAsync(m => m.TransactionId == null && m.ConnectorId == 0));
    }

    [Theory]
    [InlineData("""[2,"1","ChangeAvailability",{"connectorId":1,"type":"Operative"}]""", OcppErrorCode.NotSupported)]
    [InlineData("""[2,"1","Hello",{}]""", OcppErrorCode.NotImplemented)]
    [InlineData("""[2,"1","Authorize",{"idTag":5}]""", OcppErrorCode.TypeConstraintViolation)]
    public async Task Dispatch_CallItCannotTake_AnswersSpecError(string frame, OcppErrorCode expected)
    {
        var outcome = await _host.CallAsync(Cp, frame);

        Assert.False(outcome.IsSuccess);
        Assert.Equal(expected, outcome.ErrorCode);
    }

    private Task AddLimitedTagAsync() =>
        _host.Writer.ExecuteAsync((scope, _) =>
        {
            var tag = new EvDashboard.Core.Identity.IdTag("ONEONLY", HandlerHost.Now);
            tag.Update(EvDashboard.Core.Identity.IdTagStatus.Accepted, null, null, maxConcurrentSessions: 1, HandlerHost.Now);
            scope.Db.IdTags.Add(tag);
            return Task.CompletedTask;
        }, CancellationToken.None);

    private static JsonElement Payload(EvDashboard.Core.Ocpp.Handlers.OcppCallOutcome outcome)
    {
        Assert.True(outcome.IsSuccess, outcome.ErrorDescription);
        using var document = JsonDocument.Parse(outcome.Payload!);
        return document.RootElement.Clone();
    }
}
