using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Stations.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>"finishing-release" and "remote-start-retry" over a real socket.</summary>
public sealed class FinishingAndRetryTests
{
    [Fact]
    public async Task FinishingTooLong_AsksStatusThenUnlocksThenSucceedsWhenAvailable()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        await h.StatusAsync(cp, 1, "Finishing");

        h.Clock.Advance(TimeSpan.FromMinutes(10));
        var trigger = await h.EvaluateAndAnswerAsync(cp, """{"status":"Accepted"}""");
        h.Clock.Advance(TimeSpan.FromMinutes(5));
        var unlock = await h.EvaluateAndAnswerAsync(cp, """{"status":"Unlocked"}""");
        await h.StatusAsync(cp, 1, "Available");
        await h.WaitForRunAsync(r => r.Status == PlaybookRunStatus.Succeeded);

        Assert.Equal(("TriggerMessage", "StatusNotification", 1),
            (trigger[2].GetString(), trigger[3].GetProperty("requestedMessage").GetString(), trigger[3].GetProperty("connectorId").GetInt32()));
        Assert.Equal(("UnlockConnector", 1), (unlock[2].GetString(), unlock[3].GetProperty("connectorId").GetInt32()));
        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookKeys.FinishingRelease, 2), (run.Playbook, run.Step));
    }

    [Fact]
    public async Task RemoteStart_Rejected_OperatorSeesRefusalAndChargerGetsOneAuditedRetry()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        var commands = h.App.Services.GetRequiredService<StationCommands>();

        var sending = commands.RemoteStartAsync(PlaybookHarness.ChargePointId, 1, "TAG-7", new Actor("operator@example.com"), CancellationToken.None);
        await PlaybookHarness.AnswerNextAsync(cp, """{"status":"Rejected"}""");
        var answer = await sending;
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        var retry = await h.EvaluateAndAnswerAsync(cp, """{"status":"Accepted"}""");
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        await h.EvaluateAsync();

        Assert.Equal((CommandAnswerKind.Refused, "RemoteStartTransaction: Rejected"), (answer.Kind, answer.Summary));
        Assert.Equal(("RemoteStartTransaction", 1, "TAG-7"), (retry[2].GetString(), retry[3].GetProperty("connectorId").GetInt32(), retry[3].GetProperty("idTag").GetString()));
        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookKeys.RemoteStartRetry, PlaybookRunStatus.Succeeded, 1), (run.Playbook, run.Status, run.Step));
        Assert.Single(await h.HealingCommandsAsync());
        await using var db = h.App.Services.GetRequiredService<IDbContextFactory<EvDashboardDbContext>>().CreateDbContext();
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Actor == PlaybookKeys.Actor && a.Action == "command.RemoteStartTransaction"));
    }

    [Fact]
    public async Task RemoteStart_RetryAlsoRejected_GivesUpAfterExactlyOneRetry()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        var commands = h.App.Services.GetRequiredService<StationCommands>();

        var sending = commands.RemoteStartAsync(PlaybookHarness.ChargePointId, null, "TAG-7", new Actor("operator@example.com"), CancellationToken.None);
        await PlaybookHarness.AnswerNextAsync(cp, """{"status":"Rejected"}""");
        await sending;
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        await h.EvaluateAndAnswerAsync(cp, """{"status":"Rejected"}""");
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        await h.EvaluateAsync();

        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookRunStatus.GaveUp, 1), (run.Status, run.Step));
        Assert.Single(await h.HealingCommandsAsync());
    }
}
