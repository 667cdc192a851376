using System.Net.WebSockets;

namespace EvDashboard.Demo;

/// <summary>How demo charge points reach the OCPP endpoint: over loopback in the app, over the TestServer in tests.</summary>
internal interface IDemoTransport
{
    /// <summary>Finds the endpoint once the server listens; false, with the reason in <paramref name="detail"/>, when it cannot be reached.</summary>
    bool TryPrepare(out string detail);

    /// <summary>Opens ws://…/ocpp/{chargePointId} with subprotocol ocpp1.6.</summary>
    Task<WebSocket> ConnectAsync(string chargePointId, CancellationToken cancellationToken);
}
