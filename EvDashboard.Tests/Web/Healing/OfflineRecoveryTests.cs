using EvDashboard.Core.Alerts;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Healing.Playbooks;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>"offline-recovery" over a real socket: each step is a call the test charger receives.</summary>
public sealed class OfflineRecoveryTests
{
    private const string Accepted = """{"status":"Accepted"}""";

    [Fact]
    public async Task Reconnect_AfterLongOutageAndStaysFaulted_TriggersThenSoftThenHardResetThenGivesUpAndResolves()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(3));

        cp = await h.ConnectAsync();
        var heartbeat = await PlaybookHarness.AnswerNextAsync(cp, Accepted);
        var status = await PlaybookHarness.AnswerNextAsync(cp, Accepted);
        await h.StatusAsync(cp, 1, "Faulted");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var soft = await h.EvaluateAndAnswerAsync(cp, Accepted);
        await h.DisconnectAsync(cp);
        cp = await h.ConnectAndBootAsync();
        await h.StatusAsync(cp, 1, "Faulted");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var hard = await h.EvaluateAndAnswerAsync(cp, Accepted);
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.EvaluateAsync();
        var gaveUp = Assert.Single(await h.RunsAsync());
        await h.StatusAsync(cp, 1, "Available");
        await PlaybookHarness.WaitUntilAsync(() => !h.Notices.Resolved.IsEmpty);
        await cp.DisposeAsync();

        Assert.Equal(("TriggerMessage", "Heartbeat"), (heartbeat[2].GetString(), heartbeat[3].GetProperty("requestedMessage").GetString()));
        Assert.Equal(("TriggerMessage", "StatusNotification"), (status[2].GetString(), status[3].GetProperty("requestedMessage").GetString()));
        Assert.Equal(("Reset", "Soft"), (soft[2].GetString(), soft[3].GetProperty("type").GetString()));
        Assert.Equal(("Reset", "Hard"), (hard[2].GetString(), hard[3].GetProperty("type").GetString()));
        Assert.Equal((PlaybookKeys.OfflineRecovery, PlaybookRunStatus.GaveUp, 3), (gaveUp.Playbook, gaveUp.Status, gaveUp.Step));
        var notice = Assert.Single(h.Notices.Raised);
        Assert.Equal((AlertRuleKeys.PlaybookExhausted, "CP-1/0"), (notice.RuleKey, notice.Subject));
        Assert.Equal(["CP-1/0"], h.Notices.Resolved);
        Assert.Equal(4, (await h.HealingCommandsAsync()).Count);
    }

    [Fact]
    public async Task Reconnect_AfterLongOutageAndNothingFaulted_SucceedsAfterTheTriggers()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.StatusAsync(cp, 1, "Available");
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(3));

        cp = await h.ConnectAsync();
        await PlaybookHarness.AnswerNextAsync(cp, Accepted);
        await PlaybookHarness.AnswerNextAsync(cp, Accepted);
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.EvaluateAsync();
        await cp.DisposeAsync();

        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookRunStatus.Succeeded, 1), (run.Status, run.Step));
    }

    [Fact]
    public async Task Reconnect_AfterShortBlip_SendsNothing()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(1));

        await using var back = await h.ConnectAndBootAsync();
        await h.EvaluateAsync();

        Assert.Empty(await h.RunsAsync());
        Assert.Empty(await h.HealingCommandsAsync());
    }

    [Fact]
    public async Task Pass_AfterShortBlip_SettlesTheConnectionSoLaterPassesSkipIt()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await using var back = await h.ConnectAndBootAsync();
        var tracker = h.App.Services.GetRequiredService<ReconnectTracker>();

        await h.EvaluateAsync();

        Assert.Empty(tracker.ToReview);
        Assert.Empty(await h.RunsAsync());
    }

    [Fact]
    public async Task Pass_AfterLongOutage_SettlesTheConnectionOnceItsRecoveryStarted()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(3));
        await using var back = await h.ConnectAsync();
        await PlaybookHarness.AnswerNextAsync(back, Accepted);
        await PlaybookHarness.AnswerNextAsync(back, Accepted);
        var tracker = h.App.Services.GetRequiredService<ReconnectTracker>();

        await h.EvaluateAsync();

        Assert.Equal(PlaybookKeys.OfflineRecovery, Assert.Single(await h.RunsAsync()).Playbook);
        Assert.Empty(tracker.ToReview);
    }
}
