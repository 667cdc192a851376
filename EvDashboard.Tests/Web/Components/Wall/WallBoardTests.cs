using EvDashboard.Components.Pages.Wall;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Core.Tariffs.Pricing;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Web.Components.Wall;

public sealed class WallBoardTests
{
    private static readonly DateTimeOffset Midnight = new(2026, 11, 21, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset T0 = Midnight.AddHours(14);

    [Fact]
    public void Load_Snapshot_CountsOccupancyEnergyTodayAndStationsOnline()
    {
        var board = LoadedBoard();

        Assert.Equal(["CP-A/1", "CP-A/2", "CP-B/1"], board.Tiles.Select(t => $"{t.ChargePointId}/{t.ConnectorId}"));
        Assert.Equal(1, board.Occupied);
        Assert.Equal(3, board.Tiles.Count);
        // Session 1 crossed midnight with 4 kWh already delivered; session 2 started today.
        Assert.Equal((10_000 - 4_000) + 2_500, board.EnergyTodayWh);
        Assert.Equal(11_000, board.PowerNowW);
        Assert.Equal(1, board.ChargePointsOnline);
        Assert.Equal(2, board.ChargePoints);
    }

    [Fact]
    public void Apply_SessionLifecycle_MovesTileEnergyAndTicker()
    {
        var board = LoadedBoard();

        Assert.True(board.Apply(new SessionChanged("CP-A", 2, 3, "TAG-3", SessionStatus.Active, 0, null, null, T0)));
        Assert.True(board.Apply(new SessionChanged("CP-A", 2, 3, "TAG-3", SessionStatus.Active, 1_500, 22_000, 40, T0.AddMinutes(1))));

        var tile = board.Tiles.Single(t => t is { ChargePointId: "CP-A", ConnectorId: 2 });
        Assert.Equal(3, tile.TransactionId);
        Assert.Equal(T0, tile.SessionStartedAt);
        Assert.Equal(22_000, tile.PowerW);
        Assert.Equal(40, tile.SocPercent);
        Assert.Equal(6_000 + 2_500 + 1_500, board.EnergyTodayWh);
        Assert.Equal(WallEventKind.SessionStarted, board.Events[0].Kind);

        board.Apply(new SessionChanged("CP-A", 2, 3, "TAG-3", SessionStatus.Completed, 2_000, 0, 45, T0.AddMinutes(5)));

        Assert.Null(tile.TransactionId);
        Assert.Equal(6_000 + 2_500 + 2_000, board.EnergyTodayWh);
        Assert.Equal(WallEventKind.SessionCompleted, board.Events[0].Kind);
        Assert.Equal(2_000, board.Events[0].EnergyWh);
    }

    [Fact]
    public void Apply_StatusOfUnknownConnector_AddsATileInStationOrder()
    {
        var board = LoadedBoard();

        board.Apply(new ConnectorStatusChanged("CP-AA", 1, ConnectorStatus.Faulted, "GroundFailure", "Residual current", T0));

        Assert.Equal(["CP-A/1", "CP-A/2", "CP-AA/1", "CP-B/1"], board.Tiles.Select(t => $"{t.ChargePointId}/{t.ConnectorId}"));
        var tile = board.Tiles[2];
        Assert.Equal(ConnectorStatus.Faulted, tile.Status);
        Assert.Equal("GroundFailure", tile.ErrorCode);
        Assert.True(tile.Online);
        Assert.Equal(WallEventKind.StatusChanged, board.Events[0].Kind);
    }

    [Fact]
    public void Apply_ConnectionLost_TurnsTheStationsTilesOffline()
    {
        var board = LoadedBoard();

        board.Apply(new ChargePointConnectionChanged("CP-A", IsOnline: false, T0));

        Assert.All(board.Tiles.Where(t => t.ChargePointId == "CP-A"), t => Assert.False(t.Online));
        Assert.Equal(0, board.ChargePointsOnline);
        Assert.Equal(WallEventKind.ChargePointOffline, board.Events[0].Kind);
    }

    [Fact]
    public void Apply_ManyEvents_KeepsTheTickerShort()
    {
        var board = LoadedBoard();

        for (var i = 0; i < 30; i++)
        {
            board.Apply(new ConnectorStatusChanged("CP-A", 1, ConnectorStatus.Preparing, "NoError", null, T0.AddSeconds(i)));
        }

        Assert.Equal(WallBoard.TickerLength, board.Events.Count);
        Assert.Equal(T0.AddSeconds(29), board.Events[0].At);
    }

    [Fact]
    public void Apply_StatusChargingOrFinishing_MovesTheTileButLeavesTheTickerToTheSessionEvents()
    {
        var board = LoadedBoard();

        board.Apply(new ConnectorStatusChanged("CP-A", 2, ConnectorStatus.Charging, "NoError", null, T0));
        board.Apply(new ConnectorStatusChanged("CP-A", 1, ConnectorStatus.Finishing, "NoError", null, T0));

        Assert.Equal(ConnectorStatus.Charging, board.Tiles[1].Status);
        Assert.Equal(ConnectorStatus.Finishing, board.Tiles[0].Status);
        Assert.Empty(board.Events);
    }

    [Fact]
    public void ApplyCosts_OpenSessions_TilesCarryTheirRunningCostUntilTheSessionEnds()
    {
        var board = LoadedBoard();
        board.Apply(new SessionChanged("CP-A", 2, 3, "TAG-3", SessionStatus.Active, 0, null, null, T0));

        Assert.Equal([1, 3], board.OpenSessions.Order());
        board.ApplyCosts(new Dictionary<int, SessionCost> { [1] = FakeSessionCosts.Euro(1, 1_250, isFinal: false) });

        Assert.Equal(1_488, board.Tiles[0].Cost!.Breakdown.TotalMinor);
        Assert.Null(board.Tiles[1].Cost);
        board.Apply(new SessionChanged("CP-A", 1, 1, "TAG-1", SessionStatus.Completed, 12_000, null, null, T0.AddMinutes(5)));
        Assert.Null(board.Tiles[0].Cost);
        Assert.Equal([3], board.OpenSessions);
    }

    private static WallBoard LoadedBoard()
    {
        var board = new WallBoard();
        board.Load(new WallSnapshot(
            [
                new WallConnector("CP-B", null, 1, ConnectorStatus.Unavailable, "NoError", null, null, null, Online: false, null, null),
                new WallConnector("CP-A", "Front", 1, ConnectorStatus.Charging, "NoError", null, null, Midnight.AddHours(-1), Online: true, T0,
                    new WallSession(1, "TAG-1", Midnight.AddHours(-1), 10_000, 11_000, 60)),
                new WallConnector("CP-A", "Front", 2, ConnectorStatus.Available, "NoError", null, null, T0, Online: true, T0, null),
            ],
            [new WallSessionEnergy(1, 10_000, 4_000), new WallSessionEnergy(2, 2_500, 0)],
            [],
            Midnight));
        return board;
    }
}
