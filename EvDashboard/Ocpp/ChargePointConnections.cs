using System.Collections.Concurrent;
using EvDashboard.Core.Live;
using EvDashboard.Core.Ocpp.Commands;
using EvDashboard.Core.Stations;

namespace EvDashboard.Ocpp;

/// <summary>
/// The live connections by charge point id. Policy for a second connection with the same id: the
/// newer one wins and the older is closed (a charger that reconnects after a network drop often does
/// so before the server has noticed the old socket died).
/// </summary>
internal sealed class ChargePointConnections(ChargePointPresence presence, LiveFeed feed, TimeProvider time, ILogger<ChargePointConnections> logger)
    : IChargePointMessenger
{
    private readonly ConcurrentDictionary<string, ChargePointConnection> _connections = new(StringComparer.Ordinal);

    public int Count => _connections.Count;

    public bool IsConnected(string chargePointId) => _connections.ContainsKey(chargePointId);

    public Task<CommandResult> CallAsync(string chargePointId, string action, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken) =>
        _connections.TryGetValue(chargePointId, out var connection)
            ? connection.CallAsync(action, payload, cancellationToken)
            : Task.FromResult(CommandResult.Offline("The charge point is not connected."));

    public async Task AddAsync(ChargePointConnection connection)
    {
        ChargePointConnection? replaced = null;
        _connections.AddOrUpdate(connection.ChargePointId, connection, (_, old) =>
        {
            replaced = old;
            return connection;
        });
        var now = time.GetUtcNow();
        presence.Connected(connection.ChargePointId, now);
        if (replaced is not null)
        {
            OcppLog.ConnectionReplaced(logger, connection.ChargePointId);
            await replaced.ReplaceAsync();
        }
        else
        {
            OcppLog.Connected(logger, connection.ChargePointId);
            feed.Publish(new ChargePointConnectionChanged(connection.ChargePointId, IsOnline: true, now));
        }
    }

    /// <summary>Removes the connection unless a newer one has already taken its place.</summary>
    public void Remove(ChargePointConnection connection)
    {
        if (!_connections.TryRemove(new KeyValuePair<string, ChargePointConnection>(connection.ChargePointId, connection)))
        {
            return;
        }

        var now = time.GetUtcNow();
        presence.Disconnected(connection.ChargePointId, now);
        OcppLog.Disconnected(logger, connection.ChargePointId);
        feed.Publish(new ChargePointConnectionChanged(connection.ChargePointId, IsOnline: false, now));
    }
}
