using EvDashboard.Core.Stations;

namespace EvDashboard.Tests.Core.Stations;

public sealed class ChargePointPresenceTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);
    private readonly ChargePointPresence _presence = new();

    [Fact]
    public void Connected_NewChargePoint_OnlineAndSeen()
    {
        _presence.Connected("CP-1", T0);

        Assert.True(_presence.IsOnline("CP-1"));
        Assert.Equal(T0, _presence.LastSeen("CP-1"));
        Assert.Equal(1, _presence.OnlineCount);
    }

    [Fact]
    public void IsOnline_NeverConnected_OfflineAndNeverSeen()
    {
        var online = _presence.IsOnline("CP-1");

        Assert.False(online);
        Assert.Null(_presence.LastSeen("CP-1"));
        Assert.Equal(0, _presence.OnlineCount);
    }

    [Fact]
    public void Seen_NeverConnected_NotTracked()
    {
        _presence.Seen("CP-1", T0);

        Assert.Null(_presence.LastSeen("CP-1"));
        Assert.Empty(_presence.TakeDirty());
    }

    [Fact]
    public void Disconnected_Connected_OfflineAndSeenAtDisconnect()
    {
        _presence.Connected("CP-1", T0);
        _presence.Connected("CP-2", T0);

        _presence.Disconnected("CP-1", T0.AddMinutes(3));

        Assert.False(_presence.IsOnline("CP-1"));
        Assert.Equal(T0.AddMinutes(3), _presence.LastSeen("CP-1"));
        Assert.Equal(1, _presence.OnlineCount);
    }

    [Fact]
    public void Connected_AfterDisconnect_OnlineAgain()
    {
        _presence.Connected("CP-1", T0);
        _presence.Disconnected("CP-1", T0.AddMinutes(1));

        _presence.Connected("CP-1", T0.AddMinutes(2));

        Assert.True(_presence.IsOnline("CP-1"));
        Assert.Equal(T0.AddMinutes(2), _presence.LastSeen("CP-1"));
    }

    [Theory]
    [InlineData(60, 60)]
    [InlineData(0, 0)]
    [InlineData(-60, 0)]
    public void Seen_AfterConnectAtT0_LastSeenMovesForwardOnly(int secondsLater, int expectedSecondsLater)
    {
        _presence.Connected("CP-1", T0);

        _presence.Seen("CP-1", T0.AddSeconds(secondsLater));

        Assert.Equal(T0.AddSeconds(expectedSecondsLater), _presence.LastSeen("CP-1"));
    }

    [Fact]
    public void TakeDirty_AfterChanges_EachChangedChargePointOnceWithNewestTime()
    {
        _presence.Connected("CP-1", T0);
        _presence.Connected("CP-2", T0);
        _presence.Seen("CP-1", T0.AddSeconds(30));
        _presence.Seen("CP-1", T0.AddSeconds(20));

        var dirty = _presence.TakeDirty();

        Assert.Equal([("CP-1", T0.AddSeconds(30)), ("CP-2", T0)], dirty.OrderBy(d => d.ChargePointId, StringComparer.Ordinal));
    }

    [Fact]
    public void TakeDirty_NothingChangedSinceLastTake_Empty()
    {
        _presence.Connected("CP-1", T0);
        _presence.TakeDirty();
        _presence.Seen("CP-1", T0);
        _presence.Seen("CP-1", T0.AddSeconds(-5));

        var dirty = _presence.TakeDirty();

        Assert.Empty(dirty);
    }

    [Fact]
    public void TakeDirty_SeenAgainAfterTake_DirtyAgain()
    {
        _presence.Connected("CP-1", T0);
        _presence.TakeDirty();
        _presence.Seen("CP-1", T0.AddSeconds(15));

        var dirty = _presence.TakeDirty();

        Assert.Equal([("CP-1", T0.AddSeconds(15))], dirty);
    }

    [Fact]
    public async Task Seen_ManyThreadsAtOnce_NewestTimeWins()
    {
        _presence.Connected("CP-1", T0);
        var times = Enumerable.Range(1, 20_000).Select(i => T0.AddMilliseconds(i)).Reverse().ToArray();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(worker => Task.Run(() =>
        {
            for (var i = worker; i < times.Length; i += 4)
            {
                _presence.Seen("CP-1", times[i]);
            }
        })));

        Assert.Equal(T0.AddMilliseconds(20_000), _presence.LastSeen("CP-1"));
        Assert.Equal([("CP-1", T0.AddMilliseconds(20_000))], _presence.TakeDirty());
    }
}
