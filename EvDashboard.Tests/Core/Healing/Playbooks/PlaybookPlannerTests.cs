using EvDashboard.Core.Healing;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;

namespace EvDashboard.Tests.Core.Healing.Playbooks;

public sealed class PlaybookPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);
    private readonly ManualTimeProvider _clock = new(Start);

    [Fact]
    public void Plan_ReconnectAfterLongOutage_TriggersHeartbeatAndStatus()
    {
        var snapshot = Snapshot(onlineSince: Start, offlineBefore: Start.AddMinutes(-3));

        var plan = PlaybookPlanner.Plan(snapshot, _clock.GetUtcNow(), PlaybookTimings.Default);

        var decision = Assert.Single(plan.Decisions);
        Assert.Equal(PlaybookKeys.OfflineRecovery, decision.Playbook);
        Assert.Equal(PlaybookStepKind.Act, decision.Kind);
        Assert.Equal([OcppActions.TriggerMessage, OcppActions.TriggerMessage], decision.Actions.Select(a => a.Action));
        Assert.Equal(["Heartbeat", "StatusNotification"], decision.Actions.Select(a => a.Payload.GetProperty("requestedMessage").GetString()));
    }

    [Fact]
    public void Plan_ReconnectAfterShortBlip_DoesNothing()
    {
        var snapshot = Snapshot(onlineSince: Start, offlineBefore: Start.AddMinutes(-1));

        var plan = PlaybookPlanner.Plan(snapshot, _clock.GetUtcNow(), PlaybookTimings.Default);

        Assert.True(plan.IsEmpty);
    }

    [Fact]
    public void Plan_FaultedLongerThanWait_SoftResetThenHardResetThenGivesUp()
    {
        var faulted = new ConnectorSnapshot(1, ConnectorStatus.Faulted, Start.AddMinutes(-6), false);

        var first = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [faulted]), Start, PlaybookTimings.Default).Decisions);
        _clock.Advance(TimeSpan.FromMinutes(5));
        var run = new RunSnapshot(1, PlaybookKeys.FaultedRecovery, 1, 1, Start, Start, first.NextStepAt);
        var second = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [faulted], running: [run]), _clock.GetUtcNow(), PlaybookTimings.Default).Decisions);
        _clock.Advance(TimeSpan.FromMinutes(5));
        run = run with { Step = 2, NextStepAt = second.NextStepAt };
        var third = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [faulted], running: [run]), _clock.GetUtcNow(), PlaybookTimings.Default).Decisions);

        Assert.Equal("Soft", first.Actions.Single().Payload.GetProperty("type").GetString());
        Assert.Equal("Hard", second.Actions.Single().Payload.GetProperty("type").GetString());
        Assert.Equal((PlaybookStepKind.End, PlaybookRunStatus.GaveUp, true), (third.Kind, third.EndStatus, third.RaiseExhausted));
    }

    [Fact]
    public void Plan_FaultedWithActiveSession_WaitsAndSaysSo()
    {
        var faulted = new ConnectorSnapshot(1, ConnectorStatus.Faulted, Start.AddMinutes(-6), false);
        var charging = new ConnectorSnapshot(2, ConnectorStatus.Charging, Start.AddMinutes(-30), true);

        var decision = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [faulted, charging]), Start, PlaybookTimings.Default).Decisions);

        Assert.Equal(PlaybookStepKind.Wait, decision.Kind);
        Assert.Empty(decision.Actions);
        Assert.Contains("session is Active on connector 2", decision.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_FaultedConnectorRecovers_EndsRunSucceeded()
    {
        var available = new ConnectorSnapshot(1, ConnectorStatus.Available, Start, false);
        var run = new RunSnapshot(1, PlaybookKeys.FaultedRecovery, 1, 1, Start.AddMinutes(-2), Start.AddMinutes(-2), Start.AddMinutes(3));

        var decision = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [available], running: [run]), Start, PlaybookTimings.Default).Decisions);

        Assert.Equal((PlaybookStepKind.End, PlaybookRunStatus.Succeeded), (decision.Kind, decision.EndStatus));
    }

    [Fact]
    public void Plan_OverHourlyLimit_WaitsWithNote()
    {
        var faulted = new ConnectorSnapshot(1, ConnectorStatus.Faulted, Start.AddMinutes(-6), false);
        var actions = Enumerable.Range(1, 6).Select(i => Start.AddMinutes(-9 * i)).ToList();

        var decision = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [faulted], actions: actions), Start, PlaybookTimings.Default).Decisions);

        Assert.Equal(PlaybookStepKind.Wait, decision.Kind);
        Assert.Contains("Hourly limit of 6", decision.Detail, StringComparison.Ordinal);
        Assert.Equal(Start.AddMinutes(6), decision.NextStepAt);
    }

    [Fact]
    public void Plan_PlaybooksOff_CancelsRunsAndStartsNone()
    {
        var faulted = new ConnectorSnapshot(1, ConnectorStatus.Faulted, Start.AddMinutes(-6), false);
        var run = new RunSnapshot(1, PlaybookKeys.FinishingRelease, 2, 1, Start.AddMinutes(-6), Start.AddMinutes(-6), Start);

        var plan = PlaybookPlanner.Plan(Snapshot(connectors: [faulted], running: [run]) with { PlaybooksOff = true }, Start, PlaybookTimings.Default);

        var decision = Assert.Single(plan.Decisions);
        Assert.Equal((PlaybookStepKind.End, PlaybookRunStatus.Cancelled, 1L), (decision.Kind, decision.EndStatus, decision.Run!.Id));
    }

    [Fact]
    public void Plan_FinishingTooLong_AsksStatusThenUnlocksThenSucceedsWhenItLeaves()
    {
        var finishing = new ConnectorSnapshot(2, ConnectorStatus.Finishing, Start.AddMinutes(-11), false);

        var ask = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [finishing]), Start, PlaybookTimings.Default).Decisions);
        var run = new RunSnapshot(1, PlaybookKeys.FinishingRelease, 2, 1, Start, Start, ask.NextStepAt);
        var unlock = Assert.Single(PlaybookPlanner.Plan(Snapshot(connectors: [finishing], running: [run]), Start.AddMinutes(5), PlaybookTimings.Default).Decisions);
        var left = Assert.Single(PlaybookPlanner.Plan(
            Snapshot(connectors: [finishing with { Status = ConnectorStatus.Available }], running: [run with { Step = 2 }]), Start.AddMinutes(6), PlaybookTimings.Default).Decisions);

        Assert.Equal(2, ask.Actions.Single().Payload.GetProperty("connectorId").GetInt32());
        Assert.Equal(OcppActions.UnlockConnector, unlock.Actions.Single().Action);
        Assert.Equal(PlaybookRunStatus.Succeeded, left.EndStatus);
    }

    [Fact]
    public void Plan_ExhaustedConnectorNoLongerFaulted_ResolvesAlert()
    {
        var available = new ConnectorSnapshot(1, ConnectorStatus.Available, Start, false);

        var plan = PlaybookPlanner.Plan(Snapshot(connectors: [available], alerts: ["CP-1/1"]), Start, PlaybookTimings.Default);

        Assert.Equal(["CP-1/1"], plan.Resolutions);
    }

    [Fact]
    public void Plan_FaultAlreadyGivenUpOn_StartsNoNewRun()
    {
        var faulted = new ConnectorSnapshot(1, ConnectorStatus.Faulted, Start.AddMinutes(-30), false);
        var ended = new Dictionary<(string, int), DateTimeOffset> { [(PlaybookKeys.FaultedRecovery, 1)] = Start.AddMinutes(-5) };

        var plan = PlaybookPlanner.Plan(Snapshot(connectors: [faulted]) with { LastEnded = ended }, Start, PlaybookTimings.Default);

        Assert.True(plan.IsEmpty);
    }

    private static PlaybookSnapshot Snapshot(
        DateTimeOffset? onlineSince = null, DateTimeOffset? offlineBefore = null, IReadOnlyList<ConnectorSnapshot>? connectors = null,
        IReadOnlyList<RunSnapshot>? running = null, IReadOnlyList<DateTimeOffset>? actions = null, IReadOnlyList<string>? alerts = null) =>
        new("CP-1", false, true, onlineSince, offlineBefore, connectors ?? [], running ?? [], new Dictionary<(string, int), DateTimeOffset>(), null,
            actions ?? [], alerts ?? []);
}
