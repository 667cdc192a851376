using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Channels;
using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Demo;

/// <summary>
/// One OCPP-J connection of a simulated charge point. A reader task routes what the central system sends:
/// answers complete the single outstanding CALL (OCPP-J 1.6 §4.1.1: one CALL at a time), its CALLs and a
/// one-second tick queue up as inputs for the charge point's loop. Only that loop sends, so the socket has
/// one writer and the charge point's state needs no locks.
/// </summary>
internal sealed class DemoLink : IAsyncDisposable
{
    private const int MaxFrameBytes = 64 * 1024;
    private static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan TickInterval = TimeSpan.FromSeconds(1);

    private readonly WebSocket _socket;
    private readonly TimeProvider _time;
    private readonly Channel<DemoInput> _inputs = Channel.CreateUnbounded<DemoInput>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly ITimer _ticker;
    private readonly Task _reader;
    private TaskCompletionSource<OcppFrame>? _pending;
    private string? _pendingId;
    private int _tickQueued;
    private int _nextId;

    public DemoLink(WebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
        _reader = Task.Run(() => ReadLoopAsync(_stop.Token));
        _ticker = time.CreateTimer(_ => QueueTick(), null, TickInterval, TickInterval);
    }

    public async ValueTask<DemoInput> ReadAsync(CancellationToken cancellationToken)
    {
        var input = await _inputs.Reader.ReadAsync(cancellationToken);
        if (input.Kind == DemoInputKind.Tick)
        {
            Volatile.Write(ref _tickQueued, 0);
        }

        return input;
    }

    /// <summary>Sends a CALL and returns the CALLRESULT's payload; a CALLERROR, a timeout or a closed socket throw.</summary>
    public async Task<TResponse> CallAsync<TRequest, TResponse>(
        string action, TRequest request, JsonTypeInfo<TRequest> requestInfo, JsonTypeInfo<TResponse> responseInfo, CancellationToken cancellationToken)
    {
        var messageId = $"demo-{Interlocked.Increment(ref _nextId)}";
        var pending = new TaskCompletionSource<OcppFrame>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _pending = pending;
            _pendingId = messageId;
        }

        OcppFrame answer;
        try
        {
            await SendAsync(OcppFrameWriter.WriteCall(messageId, action, request, requestInfo), cancellationToken);
            answer = await pending.Task.WaitAsync(CallTimeout, _time, cancellationToken);
        }
        catch (TimeoutException e)
        {
            throw new DemoLinkClosedException($"{action} got no answer within {CallTimeout.TotalSeconds} s.", e);
        }
        finally
        {
            lock (_gate)
            {
                _pending = null;
                _pendingId = null;
            }
        }

        return answer switch
        {
            OcppCallResult result => result.Payload.Deserialize(responseInfo)
                ?? throw new InvalidOperationException($"The answer to {action} was empty."),
            OcppCallError error => throw new InvalidOperationException($"{action} was answered with {error.ErrorCode}: {error.ErrorDescription}"),
            _ => throw new InvalidOperationException($"{action} got an answer that is neither CALLRESULT nor CALLERROR."),
        };
    }

    public Task AnswerAsync<T>(string messageId, T payload, JsonTypeInfo<T> payloadInfo, CancellationToken cancellationToken) =>
        SendAsync(OcppFrameWriter.WriteCallResult(messageId, payload, payloadInfo), cancellationToken);

    public Task AnswerErrorAsync(string messageId, OcppErrorCode code, string description, CancellationToken cancellationToken) =>
        SendAsync(OcppFrameWriter.WriteCallError(messageId, code, description), cancellationToken);

    /// <summary>Closes the socket as a charger going away does (a reboot or a planned reconnect).</summary>
    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(5));
        try
        {
            await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "Rebooting", timeout.Token);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Already gone: nothing more to close.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _ticker.DisposeAsync();
        await _stop.CancelAsync();
        _socket.Abort();
        await _reader;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task SendAsync(byte[] frame, CancellationToken cancellationToken)
    {
        try
        {
            await _socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        catch (Exception e) when (e is WebSocketException or ObjectDisposedException)
        {
            throw new DemoLinkClosedException("The connection closed while sending.", e);
        }
    }

    private void QueueTick()
    {
        if (Interlocked.Exchange(ref _tickQueued, 1) == 0)
        {
            _inputs.Writer.TryWrite(new DemoInput(DemoInputKind.Tick));
        }
    }

    private async Task ReadLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxFrameBytes];
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        return;
                    }

                    result = await _socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
                    length += result.Count;
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return;
                }

                Route(OcppFrameParser.Parse(buffer.AsSpan(0, length)));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection ended; the charge point's loop learns it from the Closed input.
        }
        finally
        {
            _inputs.Writer.TryWrite(new DemoInput(DemoInputKind.Closed));
            lock (_gate)
            {
                _pending?.TrySetException(new DemoLinkClosedException("The connection closed before the answer came."));
            }
        }
    }

    /// <summary>A frame that does not parse is dropped: the central system under test is our own.</summary>
    private void Route(OcppParseResult parsed)
    {
        switch (parsed.Frame)
        {
            case OcppCall call:
                _inputs.Writer.TryWrite(new DemoInput(DemoInputKind.ServerCall, call));
                break;
            case OcppCallResult or OcppCallError:
                lock (_gate)
                {
                    if (_pending is not null && parsed.Frame.MessageId == _pendingId)
                    {
                        _pending.TrySetResult(parsed.Frame);
                    }
                }

                break;
        }
    }
}
