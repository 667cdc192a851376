using System.Collections.Concurrent;

namespace EvDashboard.Core.Stations;

/// <summary>
/// The connected charge points whose BootNotification has not been Accepted (OCPP 1.6 §4.2.1: until then a charge
/// point sends nothing but BootNotification). In memory: it describes live connections, and the admission and the
/// BootNotification handler set it from the stored approval on every connect and boot.
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
