using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace EvDashboard.E2E.Ocpp;

/// <summary>
/// A charge point speaking OCPP 1.6-J over a real <see cref="ClientWebSocket"/> to the app's port. One reader
/// loop correlates CALLRESULT/CALLERROR frames with the pending CALL and answers the central system's CALLs
/// (RemoteStopTransaction and the like: "Accepted" unless <see cref="Answer"/> says otherwise).
/// </summary>
public sealed class TestChargePoint : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Channel<ServerCall> _serverCalls = Channel.CreateUnbounded<ServerCall>();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private int _nextId;

    private TestChargePoint(string id, ClientWebSocket socket)
    {
        Id = id;
        _socket = socket;
        _reader = Task.Run(ReadLoopAsync);
    }

    public string Id { get; }

    /// <summary>The answer payload to a server CALL; by default {"status":"Accepted"}.</summary>
    public Func<string, JsonElement, object> Answer { get; set; } = (_, _) => new { status = "Accepted" };

    public static async Task<TestChargePoint> ConnectAsync(Uri baseAddress, string chargePointId)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var socket = new ClientWebSocket();
        socket.Options.AddSubProtocol("ocpp1.6");
        var uri = new UriBuilder(baseAddress) { Scheme = baseAddress.Scheme == "https" ? "wss" : "ws", Path = $"ocpp/{Uri.EscapeDataString(chargePointId)}" }.Uri;
        using var timeout = new CancellationTokenSource(Timeout);
        try
        {
            await socket.ConnectAsync(uri, timeout.Token);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new TestChargePoint(chargePointId, socket);
    }

    /// <summary>Sends a CALL and returns the CALLRESULT payload; throws on CALLERROR or timeout.</summary>
    public async Task<JsonElement> CallAsync(string action, object payload)
    {
        var id = $"e2e-{Interlocked.Increment(ref _nextId)}";
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            await SendAsync(new JsonArray(2, id, action, JsonSerializer.SerializeToNode(payload)));
            return await answer.Task.WaitAsync(Timeout);
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    /// <summary>Waits for the central system to send <paramref name="action"/> (already answered by then).</summary>
    public async Task<ServerCall> WaitForServerCallAsync(string action, TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        await foreach (var call in _serverCalls.Reader.ReadAllAsync(cts.Token))
        {
            if (call.Action == action)
            {
                return call;
            }
        }

        throw new InvalidOperationException($"{Id} was closed before receiving {action}.");
    }

    private async Task ReadLoopAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                var text = await ReceiveTextAsync(_stop.Token);
                if (text is null)
                {
                    break;
                }

                using var document = JsonDocument.Parse(text);
                await HandleFrameAsync(document.RootElement.Clone());
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException)
        {
            // Closed by the test or by the server; pending calls fail below.
        }
        finally
        {
            _serverCalls.Writer.TryComplete();
            foreach (var pending in _pending.Values)
            {
                pending.TrySetException(new WebSocketException($"{Id}: the connection closed before the answer."));
            }
        }
    }

    private async Task HandleFrameAsync(JsonElement frame)
    {
        var type = frame[0].GetInt32();
        var id = frame[1].GetString()!;
        switch (type)
        {
            case 3 when _pending.TryGetValue(id, out var result):
                result.TrySetResult(frame[2]);
                break;
            case 4 when _pending.TryGetValue(id, out var error):
                error.TrySetException(new InvalidOperationException($"{Id}: CALLERROR {frame.GetRawText()}"));
                break;
            case 2:
                var action = frame[2].GetString()!;
                var answer = JsonSerializer.SerializeToElement(Answer(action, frame[3]));
                await SendAsync(new JsonArray(3, id, JsonNode.Parse(answer.GetRawText())));
                _serverCalls.Writer.TryWrite(new ServerCall(id, action, frame[3].Clone(), answer));
                break;
        }
    }

    private async Task SendAsync(JsonArray frame)
    {
        var bytes = Encoding.UTF8.GetBytes(frame.ToJsonString());
        using var timeout = new CancellationTokenSource(Timeout);
        await _sendLock.WaitAsync(timeout.Token);
        try
        {
            await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, timeout.Token);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private async Task<string?> ReceiveTextAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The app may already be gone.
            }
        }

        await _stop.CancelAsync();
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _stop.Dispose();
        _sendLock.Dispose();
    }
}
