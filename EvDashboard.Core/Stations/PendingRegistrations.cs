using System.Collections.Concurrent;

namespace EvDashboard.Core.Stations;

/// <summary>
/// The charge points whose latest admission or BootNotification was not Accepted (OCPP 1.6 §4.2.1: until then a
/// charge point sends nothing but BootNotification). In memory, because it gates every message of a live connection;
/// the admission and the BootNotification handler set it from the stored approval on every connect and boot, so an
/// entry is never stale for a connection (entries are not removed on disconnect: a late removal of a replaced
/// connection must not un-gate its successor).
/// </summary>
public sealed class PendingRegistrations
{
    private readonly ConcurrentDictionary<string, byte> _pending = new(StringComparer.Ordinal);

    public bool IsPending(string chargePointId) => _pending.ContainsKey(chargePointId);

    public void Set(string chargePointId, bool pending)
    {
        if (pending)
        {
            _pending[chargePointId] = 0;
        }
        else
        {
            _pending.TryRemove(chargePointId, out _);
        }
    }
}
