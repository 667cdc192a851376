namespace EvDashboard.Core.Ocpp.Commands;

/// <summary>
/// The port to the live connections: sends one server-initiated CALL to a connected charge point and
/// returns its answer (the payload as JSON text), its CALLERROR, a timeout, or offline.
/// Implemented by the web host, which owns the sockets.
/// </summary>
public interface IChargePointMessenger
{
    bool IsConnected(string chargePointId);

    Task<CommandResult> CallAsync(string chargePointId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken);
}
