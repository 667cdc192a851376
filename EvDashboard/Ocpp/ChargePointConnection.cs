using System.Buffers;
using System.Net.WebSockets;
using System.Threading.Channels;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.Handlers;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations;

namespace EvDashboard.Ocpp;

/// <summary>
/// One charge point's WebSocket: a reader that processes inbound CALLs strictly in order, and a
/// single writer draining a bounded channel, so frames never interleave (STYLE.md 15). Server-initiated
/// calls go out one at a time (OCPP-J §4.1.1) and are matched to their answers by message id.
/// </summary>
internal sealed class ChargePointConnection(
    string chargePointId,
    WebSocket socket,
    OcppCallDispatcher dispatcher,
    ChargePointPresence presence,
    PendingRegistrations pendingRegistrations,
    OcppConnectionSettings settings,
    TimeProvider time,
    ILogger logger) : IDisposable
{
    private readonly Channel<byte[]> _outbound = Channel.CreateBounded<byte[]>(
        new BoundedChannelOptions(settings.SendQueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly SemaphoreSlim _callGate = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private PendingCall? _pending;

    public string ChargePointId { get; } = chargePointId;

    public async Task RunAsync(CancellationToken requestAborted)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(requestAborted, _closing.Token);
        var writer = WriteLoopAsync(linked.Token);
        try
        {
            await ReadLoopAsync(linked.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            OcppLog.ConnectionLost(logger, ChargePointId, ex.Message);
        }
        finally
        {
            _outbound.Writer.TryComplete();
            await _closing.CancelAsync();
            _pending?.Answer.TrySetResult(null);
            await writer;
        }
    }

    /// <summary>Closes this connection because a newer one with the same id took over.</summary>
    public async Task ReplaceAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            await socket.CloseOutputAsync(WebSocketCloseStatus.PolicyViolation, "Replaced by a newer connection", timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            OcppLog.ConnectionLost(logger, ChargePointId, ex.Message);
        }

        try
        {
            await _closing.CancelAsync();
        }
        catch (ObjectDisposedException)
        {
            // It ended by itself meanwhile.
        }
    }

    public void Dispose()
    {
        _callGate.Dispose();
        _closing.Dispose();
    }

    public async Task<CommandResult> CallAsync(string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _closing.Token);
        try
        {
            await _callGate.WaitAsync(linked.Token);
        }
        catch (OperationCanceledException) when (_closing.IsCancellationRequested)
        {
            return CommandResult.Offline("The connection closed.");
        }

        try
        {
            var pending = new PendingCall(Guid.NewGuid().ToString("N"));
            _pending = pending;
            await _outbound.Writer.WriteAsync(OcppFrameWriter.WriteCall(pending.MessageId, action, payload.Span), linked.Token);
            var answer = await pending.Answer.Task.WaitAsync(settings.CallTimeout, time, linked.Token);
            return answer switch
            {
                OcppCallResult result => new CommandResult(CommandOutcome.Answered, result.Payload.GetRawText(), null, null),
                OcppCallError error => new CommandResult(CommandOutcome.CallError, null, error.ErrorCode, error.ErrorDescription),
                _ => CommandResult.Offline("The connection closed before the charge point answered."),
            };
        }
        catch (TimeoutException)
        {
            return CommandResult.TimedOut(settings.CallTimeout);
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException && _closing.IsCancellationRequested)
        {
            return CommandResult.Offline("The connection closed before the charge point answered.");
        }
        finally
        {
            _pending = null;
            _callGate.Release();
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var (received, length, closed) = await ReceiveMessageAsync(buffer, cancellationToken);
                buffer = received;
                if (closed)
                {
                    return;
                }

                await ProcessAsync(buffer.AsMemory(0, length), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads one whole message, growing the pooled buffer up to Ocpp:MaxMessageBytes.</summary>
    private async Task<(byte[] Buffer, int Length, bool Closed)> ReceiveMessageAsync(byte[] buffer, CancellationToken cancellationToken)
    {
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (buffer.Length >= settings.MaxMessageBytes + 1)
                {
                    OcppLog.MessageTooBig(logger, ChargePointId, settings.MaxMessageBytes);
                    await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {settings.MaxMessageBytes} bytes", cancellationToken);
                    return (buffer, 0, true);
                }

                var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, settings.MaxMessageBytes + 1));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }

            var result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                await CloseAfterPeerAsync(cancellationToken);
                return (buffer, 0, true);
            }

            length += result.Count;
            if (length > settings.MaxMessageBytes)
            {
                OcppLog.MessageTooBig(logger, ChargePointId, settings.MaxMessageBytes);
                await socket.CloseAsync(WebSocketCloseStatus.MessageTooBig, $"Messages are limited to {settings.MaxMessageBytes} bytes", cancellationToken);
                return (buffer, 0, true);
            }

            if (result.EndOfMessage)
            {
                return (buffer, length, false);
            }
        }
    }

    private async Task ProcessAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        var receivedAt = time.GetUtcNow();
        presence.Seen(ChargePointId, receivedAt);
        var parsed = OcppFrameParser.Parse(message.Span);
        if (!parsed.IsSuccess)
        {
            OcppLog.BadFrame(logger, ChargePointId, parsed.Code.ToWireName(), parsed.Description);
            await SendAsync(OcppFrameWriter.WriteCallError(parsed.MessageId ?? OcppFrameWriter.UnknownMessageId, parsed.Code, parsed.Description), cancellationToken);
            return;
        }

        switch (parsed.Frame)
        {
            case OcppCall call:
                OcppLog.CallReceived(logger, ChargePointId, call.Action, call.MessageId);
                var outcome = await DispatchAsync(call, receivedAt, cancellationToken);
                await SendAsync(
                    outcome.IsSuccess
                        ? OcppFrameWriter.WriteCallResult(call.MessageId, outcome.Payload)
                        : OcppFrameWriter.WriteCallError(call.MessageId, outcome.ErrorCode, outcome.ErrorDescription ?? string.Empty),
                    cancellationToken);
                break;
            case { } answer when _pending is { } pending && pending.MessageId == answer.MessageId:
                pending.Answer.TrySetResult(answer);
                break;
            case { } stray:
                OcppLog.StrayAnswer(logger, ChargePointId, stray.MessageId);
                break;
        }
    }

    /// <summary>
    /// OCPP 1.6 §4.2.1: until its BootNotification is Accepted a charge point may only send BootNotification; anything
    /// else is refused with SecurityError (the CALLERROR 1.6 has for "not allowed to do this") and not processed.
    /// </summary>
    private Task<OcppCallOutcome> DispatchAsync(OcppCall call, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (call.Action != OcppActions.BootNotification && pendingRegistrations.IsPending(ChargePointId))
        {
            OcppLog.RefusedWhilePending(logger, ChargePointId, call.Action);
            return Task.FromResult(OcppCallOutcome.Error(
                OcppErrorCode.SecurityError, "The charge point is not accepted yet (BootNotification Pending): only BootNotification is processed."));
        }

        return dispatcher.DispatchAsync(new OcppCallContext(ChargePointId, receivedAt), call, cancellationToken);
    }

    private ValueTask SendAsync(byte[] frame, CancellationToken cancellationToken) => _outbound.Writer.WriteAsync(frame, cancellationToken);

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var frame in _outbound.Reader.ReadAllAsync(cancellationToken))
            {
                await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            OcppLog.ConnectionLost(logger, ChargePointId, ex.Message);
        }
    }

    private async Task CloseAfterPeerAsync(CancellationToken cancellationToken)
    {
        if (socket.State == WebSocketState.CloseReceived)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
        }
    }

    private sealed class PendingCall(string messageId)
    {
        public string MessageId { get; } = messageId;

        /// <summary>The charger's CALLRESULT or CALLERROR; null when the connection closed first.</summary>
        public TaskCompletionSource<OcppFrame?> Answer { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
