using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace EvDashboard.Bench;

/// <summary>
/// A simulated OCPP 1.6 charge point with one connector: its connection, its meter and its open transaction.
/// Each method sends one CALL and checks the answer; a CALLERROR is counted and the flow goes on where it can.
/// </summary>
internal sealed class ChargePoint(string id, int index, OcppConnection connection, ChargePointStats stats, ChargePointProfile profile)
{
    private long _lastTimestampTicks;
    private int? _transactionId;
    private Pacer? _pacer;

    public string Id => id;

    /// <summary>1-based position in the run; scenarios use it to pick which charge points do what.</summary>
    public int Index => index;

    public ChargePointStats Stats => stats;

    public ChargePointMeter Meter { get; } = new();

    public bool HasTransaction => _transactionId.HasValue;

    /// <summary>From now on every CALL waits for its slot; <c>null</c> sends as fast as answers come back.</summary>
    public void PaceWith(Pacer? pacer) => _pacer = pacer;

    public async Task BootAsync()
    {
        var frame = connection.BeginCall(OcppAction.BootNotification);
        frame.Append("{\"chargePointVendor\":\"EvDashboard\",\"chargePointModel\":\"Bench\",\"firmwareVersion\":\"1.0\"}"u8);
        var reply = await CallAsync();
        if (!reply.IsError && !ReplyReader.StatusIs(reply.Payload.Span, "Accepted"u8, inIdTagInfo: false))
            throw new BenchProtocolException($"{id}: BootNotification not accepted: {Encoding.UTF8.GetString(reply.Payload.Span)}");
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask StatusNotificationAsync(ConnectorStatus status, int connectorId = 1)
    {
        var frame = connection.BeginCall(OcppAction.StatusNotification);
        frame.Append("{\"connectorId\":"u8);
        frame.Append(connectorId);
        frame.Append(",\"errorCode\":\"NoError\",\"status\":\""u8);
        frame.Append(status switch
        {
            ConnectorStatus.Available => "Available"u8,
            ConnectorStatus.Preparing => "Preparing"u8,
            ConnectorStatus.Charging => "Charging"u8,
            ConnectorStatus.Finishing => "Finishing"u8,
            ConnectorStatus.Unavailable => "Unavailable"u8,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
        });
        frame.Append("\",\"timestamp\":\""u8);
        frame.AppendTimestamp(NextTimestamp());
        frame.Append("\"}"u8);
        await CallAsync();
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask HeartbeatAsync()
    {
        connection.BeginCall(OcppAction.Heartbeat).Append("{}"u8);
        await CallAsync();
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask AuthorizeAsync()
    {
        var frame = connection.BeginCall(OcppAction.Authorize);
        frame.Append("{\"idTag\":\""u8);
        frame.Append(profile.IdTag);
        frame.Append("\"}"u8);
        var reply = await CallAsync();
        if (!reply.IsError && !ReplyReader.StatusIs(reply.Payload.Span, "Accepted"u8, inIdTagInfo: true))
            throw new BenchProtocolException($"{id}: Authorize not accepted: {Encoding.UTF8.GetString(reply.Payload.Span)}");
    }

    /// <summary>Starts a transaction on connector 1; without a transaction id the charge point cannot go on.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask StartTransactionAsync()
    {
        var frame = connection.BeginCall(OcppAction.StartTransaction);
        frame.Append("{\"connectorId\":1,\"idTag\":\""u8);
        frame.Append(profile.IdTag);
        frame.Append("\",\"meterStart\":"u8);
        frame.Append(Meter.EnergyWh);
        frame.Append(",\"timestamp\":\""u8);
        frame.AppendTimestamp(NextTimestamp());
        frame.Append("\"}"u8);
        var reply = await CallAsync();
        if (reply.IsError)
            throw new BenchProtocolException($"{id}: StartTransaction answered CALLERROR {Encoding.UTF8.GetString(reply.ErrorCode.Span)}");
        var payload = reply.Payload.Span;
        if (!ReplyReader.TryGetInt32(payload, "transactionId"u8, out var transactionId)
            || !ReplyReader.StatusIs(payload, "Accepted"u8, inIdTagInfo: true))
            throw new BenchProtocolException($"{id}: StartTransaction not accepted: {Encoding.UTF8.GetString(payload)}");
        _transactionId = transactionId;
    }

    /// <summary>Sends one meter value of <see cref="MeterValuesPayload.SampleCount"/> sampled values.</summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask MeterValuesAsync()
    {
        var transactionId = _transactionId ?? throw new InvalidOperationException("No transaction is open.");
        Meter.Advance();
        MeterValuesPayload.Write(connection.BeginCall(OcppAction.MeterValues), transactionId, NextTimestamp(), Meter);
        var reply = await CallAsync();
        if (!reply.IsError)
            stats.RecordSamplesAcked(MeterValuesPayload.SampleCount, Stopwatch.GetTimestamp());
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    public async ValueTask StopTransactionAsync()
    {
        var transactionId = _transactionId ?? throw new InvalidOperationException("No transaction is open.");
        var frame = connection.BeginCall(OcppAction.StopTransaction);
        frame.Append("{\"idTag\":\""u8);
        frame.Append(profile.IdTag);
        frame.Append("\",\"meterStop\":"u8);
        frame.Append(Meter.EnergyWh);
        frame.Append(",\"timestamp\":\""u8);
        frame.AppendTimestamp(NextTimestamp());
        frame.Append("\",\"transactionId\":"u8);
        frame.Append(transactionId);
        frame.Append(",\"reason\":\"Local\"}"u8);
        _transactionId = null;
        await CallAsync();
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<OcppReply> CallAsync()
    {
        var missedSlot = _pacer is null ? 0 : await _pacer.NextSlotAsync();
        var reply = await connection.CallAsync(missedSlot);
        if (reply.IsError)
            stats.RecordCallError($"{id}: CALLERROR {Encoding.UTF8.GetString(reply.ErrorCode.Span)}");
        return reply;
    }

    /// <summary>
    /// Millisecond timestamps, strictly increasing per charge point, so that two samples of one charge point
    /// never share a timestamp (the server may key meter samples on it).
    /// </summary>
    private DateTime NextTimestamp()
    {
        var now = profile.Time.GetUtcNow().UtcTicks;
        now -= now % TimeSpan.TicksPerMillisecond;
        if (now <= _lastTimestampTicks)
            now = _lastTimestampTicks + TimeSpan.TicksPerMillisecond;
        _lastTimestampTicks = now;
        return new DateTime(now, DateTimeKind.Utc);
    }
}
