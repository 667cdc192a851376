namespace EvDashboard.Hubs;

/// <summary>
/// What the server calls on a connected client of <c>/hubs/live</c>: one method per live event type. The
/// JSON protocol sends the method name as the invocation target, exactly as written here
/// (<c>"target":"ConnectorStatusChanged"</c>), with one camelCase argument. Public (with its messages) because
/// SignalR implements typed clients with Reflection.Emit in another assembly, which cannot see internal types.
/// </summary>
public interface ILiveClient
{
    Task ChargePointConnectionChanged(ChargePointConnectionMessage message);

    Task ChargePointBooted(ChargePointBootedMessage message);

    Task ConnectorStatusChanged(ConnectorStatusMessage message);

    Task SessionChanged(SessionMessage message);
}
