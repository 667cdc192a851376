using System.Net.WebSockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EvDashboard.Demo;

/// <summary>Real WebSockets (ClientWebSocket) to the app's own Kestrel address, found once the server has started.</summary>
internal sealed class LoopbackDemoTransport(IServer server) : IDemoTransport
{
    private Uri? _endpoint;

    public bool TryPrepare(out string detail)
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        _endpoint = DemoEndpoint.FromServerAddresses(addresses);
        detail = _endpoint is not null
            ? _endpoint.ToString()
            : addresses.Count == 0
                ? "the server reports no address"
                : $"no plain-http address among {string.Join(", ", addresses)}";
        return _endpoint is not null;
    }

    public async Task<WebSocket> ConnectAsync(string chargePointId, CancellationToken cancellationToken)
    {
        var endpoint = _endpoint ?? throw new InvalidOperationException("The demo transport was not prepared.");
        var socket = new ClientWebSocket();
        try
        {
            socket.Options.AddSubProtocol("ocpp1.6");
            await socket.ConnectAsync(new Uri(endpoint, $"ocpp/{Uri.EscapeDataString(chargePointId)}"), cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
