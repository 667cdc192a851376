using EvDashboard.Core.Alerts;
using EvDashboard.Core.Alerts.Queries;

namespace EvDashboard.Tests.Core.Alerts.Queries;

/// <summary>The badge's, banner's and ticker's state kept current from live events alone.</summary>
public sealed class UnresolvedAlertBoardTests
{
    private static readonly DateTimeOffset T = new(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Apply_RaiseAcknowledgeResolve_CountsFollow()
    {
        var board = new UnresolvedAlertBoard();
        board.Load([Row(1, AlertSeverity.Warning, AlertStatus.Open, T)]);

        var raised = board.Apply(Change(2, AlertSeverity.Critical, AlertStatus.Open, T.AddMinutes(1)));
        var countsAfterRaise = (board.Open, board.OpenCritical, board.NewestCritical?.Id);
        board.Apply(Change(2, AlertSeverity.Critical, AlertStatus.Acknowledged, T.AddMinutes(2)));
        var countsAfterAck = (board.Open, board.Acknowledged, board.OpenCritical, board.NewestCritical?.Id);
        var resolved = board.Apply(Change(1, AlertSeverity.Warning, AlertStatus.Resolved, T.AddMinutes(3)));

        Assert.True(raised);
        Assert.Equal((2, 1, (long?)2), countsAfterRaise);
        Assert.Equal((1, 1, 0, (long?)null), countsAfterAck);
        Assert.True(resolved);
        Assert.Equal((0, 1), (board.Open, board.Acknowledged));
    }

    [Fact]
    public void Apply_NoticeOrUnknownResolution_NothingChanges()
    {
        var board = new UnresolvedAlertBoard();

        var notice = board.Apply(Change(5, AlertSeverity.Info, AlertStatus.Resolved, T) with { IsNotice = true });
        var unknownResolved = board.Apply(Change(6, AlertSeverity.Critical, AlertStatus.Resolved, T));

        Assert.False(notice);
        Assert.False(unknownResolved);
        Assert.Equal(0, board.Open);
    }

    [Fact]
    public void ByUrgency_Mixed_CriticalFirstOpenBeforeAcknowledgedNewestFirst()
    {
        var board = new UnresolvedAlertBoard();
        board.Load(
        [
            Row(1, AlertSeverity.Warning, AlertStatus.Open, T),
            Row(2, AlertSeverity.Critical, AlertStatus.Acknowledged, T.AddMinutes(1)),
            Row(3, AlertSeverity.Critical, AlertStatus.Open, T.AddMinutes(2)),
            Row(4, AlertSeverity.Info, AlertStatus.Open, T.AddMinutes(3)),
            Row(5, AlertSeverity.Critical, AlertStatus.Open, T.AddMinutes(4)),
        ]);

        Assert.Equal([5L, 3, 2, 1, 4], board.ByUrgency.Select(r => r.Id));
    }

    private static AlertRow Row(long id, AlertSeverity severity, AlertStatus status, DateTimeOffset raisedAt) =>
        new(id, AlertRuleKeys.ConnectorFaulted, severity, status, "CP-1", 1, null, $"alert {id}", null, false, raisedAt, raisedAt, null, null, null, null, null);

    private static AlertChanged Change(long id, AlertSeverity severity, AlertStatus status, DateTimeOffset at) =>
        new(id, AlertRuleKeys.ConnectorFaulted, severity, status, "CP-1", 1, $"alert {id}", false, at);
}
