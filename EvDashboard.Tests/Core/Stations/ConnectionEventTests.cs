using EvDashboard.Core.Stations;
using EvDashboard.Tests.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ConnectionEventTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Presence_ReplacingConnection_OneOnlineTransition()
    {
        var presence = new ChargePointPresence();

        presence.Connected("CP-1", T0);
        presence.Connected("CP-1", T0.AddSeconds(5));
        presence.Disconnected("CP-1", T0.AddSeconds(9));
        presence.Disconnected("CP-1", T0.AddSeconds(10));

        Assert.Equal([(true, T0), (false, T0.AddSeconds(9))], presence.TakeTransitions().Select(t => (t.IsOnline, t.At)));
        Assert.Empty(presence.TakeTransitions());
    }

    [Fact]
    public async Task CloseOpenPeriods_LastEventOnline_OfflineAtLastSeen()
    {
        await using var db = await LedgerDatabase.CreateAsync();
        await db.AddChargePointAsync("CP-CRASHED", T0);
        await db.AddChargePointAsync("CP-CLEAN", T0);
        await db.WriteAsync(async (scope, ct) =>
        {
            scope.Db.ConnectionEvents.AddRange(
                new ConnectionEvent("CP-CRASHED", isOnline: true, T0),
                new ConnectionEvent("CP-CLEAN", isOnline: true, T0),
                new ConnectionEvent("CP-CLEAN", isOnline: false, T0.AddMinutes(3)));
            var crashed = await scope.Db.ChargePoints.SingleAsync(c => c.Id == "CP-CRASHED", ct);
            crashed.MarkSeen(T0.AddMinutes(7));
        });

        await db.WriteAsync((scope, ct) => PresenceFlusher.CloseOpenPeriodsAsync(scope, ct));
        await db.WriteAsync((scope, ct) => PresenceFlusher.CloseOpenPeriodsAsync(scope, ct));

        await using var read = db.CreateContext();
        var events = await read.ConnectionEvents.OrderBy(e => e.Id).Select(e => new { e.ChargePointId, e.IsOnline, e.At }).ToListAsync();
        Assert.Equal(4, events.Count);
        Assert.Equal(new { ChargePointId = "CP-CRASHED", IsOnline = false, At = T0.AddMinutes(7) }, events[^1]);
    }
}
