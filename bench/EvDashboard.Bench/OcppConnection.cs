using System.Buffers.Text;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace EvDashboard.Bench;

/// <summary>
/// One charge point's WebSocket, driven by one task in a closed loop: send a CALL, wait for the answer with the
/// same message id, then send the next (OCPP-J §4.1.1: at most one outstanding CALL per direction).
/// </summary>
internal sealed class OcppConnection(ChargePointStats stats, TimeSpan callTimeout) : IDisposable
{
    private const string SubProtocol = "ocpp1.6";

    private readonly ClientWebSocket _socket = new();
    private readonly FrameBuffer _frame = new(4096);
    private readonly FrameBuffer _answer = new(256);
    private readonly byte[] _messageId = new byte[20];
    private readonly CancellationTokenSource _timeout = new();
    // Grows on demand; small so that tens of thousands of idle charge points stay cheap for the generator too.
    private byte[] _receive = new byte[2048];
    private int _messageIdLength;
    private long _lastMessageId;
    private OcppAction _action;
    private CancellationTokenRegistration _abortRegistration;

    /// <summary>Connects with subprotocol ocpp1.6; <paramref name="cancellationToken"/> also aborts the open socket later.</summary>
    public async Task ConnectAsync(Uri uri, HttpMessageInvoker? invoker, CancellationToken cancellationToken)
    {
        _socket.Options.AddSubProtocol(SubProtocol);
        // Keep-alive frames would only add noise to the measured traffic; runs are shorter than any idle timeout.
        _socket.Options.KeepAliveInterval = TimeSpan.Zero;
        using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            connectTimeout.CancelAfter(callTimeout);
            await _socket.ConnectAsync(uri, invoker, connectTimeout.Token);
        }

        if (_socket.SubProtocol != SubProtocol)
            throw new BenchProtocolException($"The server did not agree to subprotocol {SubProtocol}.");
        _abortRegistration = cancellationToken.UnsafeRegister(static s => ((ClientWebSocket)s!).Abort(), _socket);
    }

    /// <summary>Starts a CALL frame with a fresh message id; the caller appends the payload object.</summary>
    public FrameBuffer BeginCall(OcppAction action)
    {
        _action = action;
        _lastMessageId++;
        Utf8Formatter.TryFormat(_lastMessageId, _messageId, out _messageIdLength);
        _frame.Clear();
        _frame.Append("[2,\""u8);
        _frame.Append(_messageId.AsSpan(0, _messageIdLength));
        _frame.Append("\",\""u8);
        _frame.Append(OcppActions.Utf8Name(action));
        _frame.Append("\","u8);
        return _frame;
    }

    /// <summary>
    /// Sends the CALL begun by <see cref="BeginCall"/> and waits for its answer. Its latency counts from
    /// <paramref name="missedSlot"/> when that is set (see <see cref="Pacer"/>), otherwise from now.
    /// </summary>
    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<OcppReply> CallAsync(long missedSlot)
    {
        _frame.Append("]"u8);
        _timeout.CancelAfter(callTimeout);
        var started = missedSlot != 0 ? missedSlot : Stopwatch.GetTimestamp();
        try
        {
            await _socket.SendAsync(_frame.Written, WebSocketMessageType.Text, endOfMessage: true, _timeout.Token);
            while (true)
            {
                var length = await ReceiveMessageAsync(_timeout.Token);
                if (ReadFrame(length, out var reply) == IncomingFrame.Reply)
                {
                    stats.RecordCall(_action, started, Stopwatch.GetTimestamp(), reply.IsError);
                    return reply;
                }

                stats.RecordServerCall();
                await _socket.SendAsync(_answer.Written, WebSocketMessageType.Text, endOfMessage: true, _timeout.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && _timeout.IsCancellationRequested)
        {
            throw new TimeoutException($"No answer to {OcppActions.Name(_action)} within {callTimeout.TotalSeconds:0.#} s.", ex);
        }
        finally
        {
            _timeout.TryReset();
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        using var closeTimeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        closeTimeout.CancelAfter(callTimeout);
        await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "load test finished", closeTimeout.Token);
    }

    public void Dispose()
    {
        _abortRegistration.Dispose();
        _timeout.Dispose();
        _socket.Dispose();
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<int> ReceiveMessageAsync(CancellationToken cancellationToken)
    {
        var length = 0;
        ValueWebSocketReceiveResult received;
        do
        {
            if (length == _receive.Length)
                Array.Resize(ref _receive, _receive.Length * 2);
            received = await _socket.ReceiveAsync(_receive.AsMemory(length), cancellationToken);
            if (received.MessageType == WebSocketMessageType.Close)
                throw new WebSocketException(WebSocketError.ConnectionClosedPrematurely, $"The server closed the connection ({_socket.CloseStatus} {_socket.CloseStatusDescription}).");
            length += received.Count;
        }
        while (!received.EndOfMessage);
        return length;
    }

    private IncomingFrame ReadFrame(int length, out OcppReply reply)
    {
        reply = default;
        var reader = new Utf8JsonReader(_receive.AsSpan(0, length));
        try
        {
            Expect(ref reader, JsonTokenType.StartArray);
            Expect(ref reader, JsonTokenType.Number);
            var messageType = reader.GetInt32();
            Expect(ref reader, JsonTokenType.String);
            if (messageType == 2)
            {
                AnswerNotImplemented(reader.ValueSpan);
                return IncomingFrame.ServerCall;
            }

            if (!reader.ValueTextEquals(_messageId.AsSpan(0, _messageIdLength)))
                throw Malformed(length, "the answer's message id is not the one of the outstanding CALL");
            if (messageType == 4)
            {
                Expect(ref reader, JsonTokenType.String);
                reply = new OcppReply(true, default, _receive.AsMemory((int)reader.TokenStartIndex + 1, reader.ValueSpan.Length));
                return IncomingFrame.Reply;
            }

            if (messageType != 3)
                throw Malformed(length, $"unknown message type {messageType}");
            Expect(ref reader, JsonTokenType.StartObject);
            var start = (int)reader.TokenStartIndex;
            reader.Skip();
            reply = new OcppReply(false, _receive.AsMemory(start, (int)reader.BytesConsumed - start), default);
            return IncomingFrame.Reply;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            throw Malformed(length, ex.Message);
        }
    }

    // OCPP-J §4.2.3: a CALL that the receiver does not support is answered with CALLERROR NotImplemented.
    private void AnswerNotImplemented(ReadOnlySpan<byte> serverMessageId)
    {
        _answer.Clear();
        _answer.Append("[4,\""u8);
        _answer.Append(serverMessageId);
        _answer.Append("\",\"NotImplemented\",\"The load generator answers no CALLs.\",{}]"u8);
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (!reader.Read() || reader.TokenType != type)
            throw new JsonException($"expected {type}");
    }

    private BenchProtocolException Malformed(int length, string reason)
    {
        var text = System.Text.Encoding.UTF8.GetString(_receive, 0, Math.Min(length, 300));
        return new BenchProtocolException($"Unexpected answer to {OcppActions.Name(_action)} ({reason}): {text}");
    }
}
