using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Hubs;

/// <summary>
/// A SignalR client speaking the JSON hub protocol over a WebSocket to the test server, without negotiate
/// (the .NET SignalR client is not available here): records end with 0x1E; type 1 = invocation,
/// 3 = completion, 6 = ping, 7 = close.
/// </summary>
public sealed class HubTestClient : IAsyncDisposable
{
    private const char RecordSeparator = '\u001e';
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);
    private readonly WebSocket _socket;
    private readonly Queue<JsonElement> _pending = new();
    private readonly Queue<string> _records = new();
    private int _nextInvocationId;

    private HubTestClient(WebSocket socket) => _socket = socket;

    /// <summary>Connects to /hubs/live (with <paramref name="accessToken"/> in the query and/or <paramref name="headerKey"/> as X-Api-Key) and completes the handshake.</summary>
    public static async Task<HubTestClient> ConnectAsync(EvDashboardFactory factory, string? accessToken, string? headerKey = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.Server.CreateWebSocketClient();
        if (headerKey is not null)
        {
            client.ConfigureRequest = request => request.Headers["X-Api-Key"] = headerKey;
        }

        var query = accessToken is null ? string.Empty : $"?access_token={Uri.EscapeDataString(accessToken)}";
        using var cts = new CancellationTokenSource(Timeout);
        var socket = await client.ConnectAsync(new Uri(factory.Server.BaseAddress, $"hubs/live{query}"), cts.Token);
        var hub = new HubTestClient(socket);
        await hub.SendRecordAsync("""{"protocol":"json","version":1}""");
        var handshake = await hub.ReceiveRecordAsync();
        Assert.False(handshake.TryGetProperty("error", out var error), $"Handshake refused: {error}");
        return hub;
    }

    /// <summary>Invokes a hub method and waits for its completion; by then OnConnectedAsync has run too.</summary>
    public async Task<JsonElement> InvokeAsync(string target, params object[] arguments)
    {
        var id = $"{Interlocked.Increment(ref _nextInvocationId)}";
        await SendRecordAsync(JsonSerializer.Serialize(new { type = 1, invocationId = id, target, arguments }));
        while (true)
        {
            var record = await ReceiveRecordAsync();
            if (record.GetProperty("type").GetInt32() == 3 && record.GetProperty("invocationId").GetString() == id)
            {
                return record;
            }

            if (record.GetProperty("type").GetInt32() == 1)
            {
                _pending.Enqueue(record);
            }
        }
    }

    /// <summary>The next invocation the server sends (pings skipped); fails on timeout or a close message.</summary>
    public async Task<JsonElement> NextInvocationAsync()
    {
        if (_pending.TryDequeue(out var queued))
        {
            return queued;
        }

        while (true)
        {
            var record = await ReceiveRecordAsync();
            var type = record.GetProperty("type").GetInt32();
            Assert.True(type != 7, $"The server closed the hub connection: {record}");
            if (type == 1)
            {
                return record;
            }
        }
    }

    /// <summary>The next invocation with <paramref name="target"/>, skipping others (e.g. the connection events of the test charger).</summary>
    public async Task<JsonElement> NextInvocationAsync(string target)
    {
        while (true)
        {
            var invocation = await NextInvocationAsync();
            if (invocation.GetProperty("target").GetString() == target)
            {
                return invocation;
            }
        }
    }

    private async Task SendRecordAsync(string json)
    {
        using var cts = new CancellationTokenSource(Timeout);
        await _socket.SendAsync(Encoding.UTF8.GetBytes(json + RecordSeparator), WebSocketMessageType.Text, endOfMessage: true, cts.Token);
    }

    private async Task<JsonElement> ReceiveRecordAsync()
    {
        while (_records.Count == 0)
        {
            var text = await ReceiveMessageAsync();
            foreach (var record in text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                _records.Enqueue(record);
            }
        }

        using var document = JsonDocument.Parse(_records.Dequeue());
        return document.RootElement.Clone();
    }

    private async Task<string> ReceiveMessageAsync()
    {
        using var cts = new CancellationTokenSource(Timeout);
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await _socket.ReceiveAsync(buffer.AsMemory(), cts.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException($"The server closed the hub socket: {_socket.CloseStatus} {_socket.CloseStatusDescription}");
            }

            message.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);

        return Encoding.UTF8.GetString(message.ToArray());
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
                // The server may already be gone.
            }
        }

        _socket.Dispose();
    }
}
