using System.Net.Http.Headers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EvDashboard.Tests.TestDoubles;

/// <summary>A simulated charge point over a real WebSocket (subprotocol ocpp1.6) to the test server.</summary>
public sealed class OcppTestClient : IAsyncDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;
    private readonly Queue<JsonElement> _serverCalls = new();
    private int _nextId;

    private OcppTestClient(WebSocket socket) => _socket = socket;

    public WebSocket Socket => _socket;

    public static async Task<OcppTestClient> ConnectAsync(
        WebApplicationFactory<Program> factory, string chargePointId, string? key = null, string? subProtocol = "ocpp1.6", string? user = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.Server.CreateWebSocketClient();
        if (subProtocol is not null)
        {
            client.SubProtocols.Add(subProtocol);
        }

        if (key is not null)
        {
            var token = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user ?? chargePointId}:{key}"));
            client.ConfigureRequest = request => request.Headers.Authorization = new AuthenticationHeaderValue("Basic", token).ToString();
        }

        using var cts = new CancellationTokenSource(Timeout);
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, $"ocpp/{Uri.EscapeDataString(chargePointId)}"), cts.Token);
        return new OcppTestClient(socket);
    }

    /// <summary>Sends a CALL and returns the CALLRESULT payload; fails the test on a CALLERROR.</summary>
    public async Task<JsonElement> CallAsync(string action, object payload)
    {
        var answer = await CallRawAsync(action, payload);
        Assert.True(answer[0].GetInt32() == 3, $"{action} was answered with {answer.GetRawText()}");
        return answer[2];
    }

    /// <summary>Sends a CALL and returns the whole answer frame (CALLRESULT or CALLERROR).</summary>
    public async Task<JsonElement> CallRawAsync(string action, object payload)
    {
        var id = $"m{Interlocked.Increment(ref _nextId)}";
        var frame = new JsonArray(2, id, action, JsonSerializer.SerializeToNode(payload));
        await SendFrameAsync(frame.ToJsonString());
        while (true)
        {
            var answer = await ReceiveFrameAsync();
            if (answer[0].GetInt32() == 2)
            {
                // The central system's own CALL (a self-healing trigger, a continuation's RemoteStart) crossed ours, as it
                // may on a real link: kept for ReceiveAsync, and our answer is still the next frame to come.
                _serverCalls.Enqueue(answer);
                continue;
            }

            Assert.Equal(id, answer[1].GetString());
            return answer;
        }
    }

    /// <summary>Sends any text as one frame and returns the next frame the server sends.</summary>
    public async Task<JsonElement> SendTextAsync(string text)
    {
        await SendFrameAsync(text);
        return await ReceiveAsync();
    }

    public async Task SendFrameAsync(string text)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, cts.Token);
    }

    /// <summary>The next frame from the server, as a JSON array: first any server CALL that arrived during a <see cref="CallRawAsync"/>.</summary>
    public Task<JsonElement> ReceiveAsync() => _serverCalls.TryDequeue(out var call) ? Task.FromResult(call) : ReceiveFrameAsync();

    private async Task<JsonElement> ReceiveFrameAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[1 << 20];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(length), cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"The server closed the connection: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            }

            length += result.Count;
        }
        while (!result.EndOfMessage);

        using var document = JsonDocument.Parse(buffer.AsMemory(0, length));
        return document.RootElement.Clone();
    }

    /// <summary>Waits for the server to close the socket and returns the close status.</summary>
    public async Task<WebSocketCloseStatus?> ReceiveCloseAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[4096];
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer, cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return result.CloseStatus;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_socket.State == WebSocketState.Open)
        {
            using var cts = new CancellationTokenSource(Timeout);
            try
            {
                await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, cts.Token);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
            {
                // The server may already be gone; the test's assertions are what matter.
            }
        }

        _socket.Dispose();
    }
}
