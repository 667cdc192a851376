using System.Net;
using System.Net.Sockets;

namespace EvDashboard.Bench;

/// <summary>
/// Spreads the WebSocket connections over several local addresses. One source address can reach one server
/// port from at most as many connections as there are ephemeral ports (about 28,000 by default), so tens of
/// thousands of charge points need several (127.0.0.x all reach the loopback interface).
/// </summary>
internal sealed class SourceAddressInvokers : IDisposable
{
    private readonly HttpMessageInvoker[] _invokers;

    public SourceAddressInvokers(IReadOnlyList<IPAddress> addresses) =>
        _invokers = addresses.Select(a => new HttpMessageInvoker(CreateHandler(a))).ToArray();

    /// <summary>The invoker for connection <paramref name="index"/>, or <c>null</c> to let the system choose.</summary>
    public HttpMessageInvoker? For(int index) => _invokers.Length == 0 ? null : _invokers[index % _invokers.Length];

    public void Dispose()
    {
        foreach (var invoker in _invokers)
            invoker.Dispose();
    }

    private static SocketsHttpHandler CreateHandler(IPAddress source) => new()
    {
        UseProxy = false,
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(source.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
