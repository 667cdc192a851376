using EvDashboard.Core.Live;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;

namespace EvDashboard.Tests.Web.Components.Stations;

/// <summary>The stations page's in-memory board: live events in, states, filters and counts out.</summary>
public sealed class StationBoardTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 14, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_SessionLifecycle_PutsTheSessionOnItsConnectorAndTakesItOff()
    {
        var board = Board();
        var station = board.Find("CP-A")!;
        var version = station.Version;

        Assert.Same(station, board.Apply(new SessionChanged("CP-A", 2, 7, "TAG-7", SessionStatus.Active, 0, null, null, T0)));
        board.Apply(new SessionChanged("CP-A", 2, 7, "TAG-7", SessionStatus.Active, 1_500, 22_000, 41, T0.AddMinutes(5)));

        var session = station.Connector(2).Session!;
        Assert.Equal((7, 1_500L, (long?)22_000, (int?)41, T0), (session.TransactionId, session.EnergyWh, session.PowerW, session.SocPercent, session.StartedAt));
        Assert.True(station.Version > version);

        board.Apply(new SessionChanged("CP-A", 2, 7, "TAG-7", SessionStatus.Completed, 2_000, 0, 45, T0.AddMinutes(9)));

        Assert.Null(station.Connector(2).Session);
    }

    [Fact]
    public void Apply_EventOfUnknownChargePoint_AddsItInIdOrder()
    {
        var board = Board();

        var added = board.Apply(new ConnectorStatusChanged("CP-AA", 1, ConnectorStatus.Faulted, "GroundFailure", null, T0));

        Assert.NotNull(added);
        Assert.Equal(["CP-A", "CP-AA", "CP-B"], board.Stations.Select(s => s.Id));
        Assert.Equal("GroundFailure", board.Find("CP-AA")!.Connector(1).Problem);
    }

    [Fact]
    public void Apply_SiteWideEvent_AddsNoRow()
    {
        var board = Board();

        var changed = board.Apply(new RollupsUpdated(T0));

        Assert.Null(changed);
        Assert.Equal(["CP-A", "CP-B"], board.Stations.Select(s => s.Id));
    }

    [Fact]
    public void Apply_StatusOfConnectorZero_IsTheWholeChargePointNotAConnector()
    {
        var board = Board();

        board.Apply(new ConnectorStatusChanged("CP-B", 0, ConnectorStatus.Unavailable, "NoError", null, T0));

        var station = board.Find("CP-B")!;
        Assert.Equal(ConnectorStatus.Unavailable, station.ChargePointStatus);
        Assert.DoesNotContain(station.Connectors, c => c.ConnectorId == 0);
    }

    [Theory]
    [InlineData(null, null, null, "CP-A,CP-B")]
    [InlineData("cp-b", null, null, "CP-B")]
    [InlineData("terra", null, null, "CP-A")]
    [InlineData(null, ConnectorStatus.Charging, null, "CP-A")]
    [InlineData(null, ConnectorStatus.Available, null, "CP-A")]
    [InlineData(null, null, false, "CP-B")]
    [InlineData(null, ConnectorStatus.Faulted, null, "")]
    public void Filter_SearchStateOnline_KeepsMatchingStations(string? search, ConnectorStatus? state, bool? online, string expected)
    {
        var board = Board();

        var kept = board.Filter(new StationFilter(search, state, online));

        Assert.Equal(expected, string.Join(',', kept.Select(s => s.Id)));
    }

    [Fact]
    public void Count_MixedNetwork_CountsOnlineConnectorsByStateAndOfflineOnesApart()
    {
        var board = Board();

        var counts = board.Count();

        Assert.Equal((2, 1, 1), (counts.ChargePoints, counts.Online, counts.Offline));
        Assert.Equal(1, counts.ConnectorsIn(ConnectorStatus.Charging));
        Assert.Equal(1, counts.ConnectorsIn(ConnectorStatus.Available));
        Assert.Equal(0, counts.ConnectorsIn(ConnectorStatus.Faulted));
        // CP-B is offline: its Faulted connector counts as offline, not as faulted.
        Assert.Equal(1, counts.OfflineConnectors);
        Assert.Equal((1, 11_000L), (counts.ActiveSessions, counts.PowerW));
    }

    [Fact]
    public void Apply_Disconnect_MakesStationOfflineAndMovesItsConnectorsToOffline()
    {
        var board = Board();

        board.Apply(new ChargePointConnectionChanged("CP-A", IsOnline: false, T0.AddMinutes(1)));

        var counts = board.Count();
        Assert.Equal((0, 3), (counts.Online, counts.OfflineConnectors));
        Assert.Equal(T0.AddMinutes(1), board.Find("CP-A")!.LastSeenAt);
    }

    /// <summary>CP-A online (connector 1 charging at 11 kW, 2 available, vendor ABB Terra); CP-B offline with a faulted connector.</summary>
    internal static StationBoard Board()
    {
        var a = new StationState("CP-A") { Vendor = "ABB", Model = "Terra AC", Online = true, LastSeenAt = T0 };
        a.Connector(1).Status = ConnectorStatus.Charging;
        a.Connector(1).Session = new RunningSession(1, "04A1B2C3D4E5F6", T0.AddMinutes(-30), 5_230, 11_000, 45);
        a.Connector(2).Status = ConnectorStatus.Available;
        var b = new StationState("CP-B") { Name = "Car park B", Vendor = "Wallbox", Model = "Commander", Online = false, LastSeenAt = T0.AddHours(-1) };
        b.Connector(1).Status = ConnectorStatus.Faulted;
        b.Connector(1).ErrorCode = "GroundFailure";
        return new StationBoard([b, a]);
    }
}
