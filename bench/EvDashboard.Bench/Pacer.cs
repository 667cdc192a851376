using System.Diagnostics;

namespace EvDashboard.Bench;

/// <summary>
/// Spaces one charge point's CALLs at a fixed interval (still one outstanding at a time). A charge point that
/// falls behind sends at once, and its latency is then measured from the slot it missed, so a stalled server
/// cannot hide its stall by slowing the generator down (coordinated omission).
/// </summary>
internal sealed class Pacer(long firstSlot, long intervalTicks, CancellationToken stopToken)
{
    private long _next = firstSlot;

    /// <summary>Waits for the next slot; returns the slot when it was already missed, otherwise 0.</summary>
    public async ValueTask<long> NextSlotAsync()
    {
        var slot = _next;
        _next += intervalTicks;
        var now = Stopwatch.GetTimestamp();
        if (slot <= now)
            return slot;
        // After the stop signal the remaining calls (e.g. the rest of a session) go out unpaced.
        await Task.Delay(Stopwatch.GetElapsedTime(now, slot), stopToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return 0;
    }
}
