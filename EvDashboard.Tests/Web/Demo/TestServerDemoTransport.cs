using System.Net.WebSockets;
using EvDashboard.Demo;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;

namespace EvDashboard.Tests.Web.Demo;

/// <summary>The demo's WebSockets over the TestServer, which has no port for a ClientWebSocket to open.</summary>
internal sealed class TestServerDemoTransport(IServer server) : IDemoTransport
{
    public bool TryPrepare(out string detail)
    {
        detail = "the TestServer";
        return true;
    }

    public async Task<WebSocket> ConnectAsync(string chargePointId, CancellationToken cancellationToken)
    {
        var testServer = (TestServer)server;
        var client = testServer.CreateWebSocketClient();
        client.SubProtocols.Add("ocpp1.6");
        return await client.ConnectAsync(new Uri(testServer.BaseAddress, $"ocpp/{Uri.EscapeDataString(chargePointId)}"), cancellationToken);
    }
}
