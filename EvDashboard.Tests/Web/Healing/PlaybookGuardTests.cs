using EvDashboard.Core.Data;
using EvDashboard.Core.Healing;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Healing;

/// <summary>What keeps the playbooks from acting: an Active session, the switch per charge point, the global switch, the hourly limit; and a restart.</summary>
public sealed class PlaybookGuardTests
{
    private const string Accepted = """{"status":"Accepted"}""";

    [Fact]
    public async Task FaultedConnector_SessionActiveOnAnother_NoResetAndRunSaysWhy()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        await cp.CallAsync("StartTransaction", new { connectorId = 2, idTag = "TAG-1", meterStart = 0, timestamp = h.Clock.GetUtcNow() });
        await h.StatusAsync(cp, 2, "Charging");
        await h.StatusAsync(cp, 1, "Faulted");

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await h.EvaluateAsync();

        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookKeys.FaultedRecovery, PlaybookRunStatus.Running, 0), (run.Playbook, run.Status, run.Step));
        Assert.Contains("session is Active on connector 2", run.Detail, StringComparison.Ordinal);
        Assert.Empty(await h.HealingCommandsAsync());
    }

    [Fact]
    public async Task FaultedOnTwoChargePointsInOnePass_EachJudgedOnItsOwnState()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        await using var other = await OcppTestClient.ConnectAsync(h.App, "CP-2");
        await other.CallAsync("BootNotification", new { chargePointVendor = "V", chargePointModel = "M" });
        await cp.CallAsync("StartTransaction", new { connectorId = 2, idTag = "TAG-1", meterStart = 0, timestamp = h.Clock.GetUtcNow() });
        await h.StatusAsync(cp, 2, "Charging");
        await h.StatusAsync(cp, 1, "Faulted");
        await h.StatusAsync(other, 1, "Faulted");

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        var soft = await h.EvaluateAndAnswerAsync(other, Accepted);

        Assert.Equal("Soft", soft[3].GetProperty("type").GetString());
        var runs = await h.RunsAsync();
        var held = Assert.Single(runs, r => r.ChargePointId == PlaybookHarness.ChargePointId);
        Assert.Equal(0, held.Step);
        Assert.Contains("session is Active on connector 2", held.Detail, StringComparison.Ordinal);
        var reset = Assert.Single(runs, r => r.ChargePointId == "CP-2");
        Assert.Equal((PlaybookKeys.FaultedRecovery, 1, 1), (reset.Playbook, reset.ConnectorId, reset.Step));
        Assert.Equal(["CP-2"], (await h.HealingCommandsAsync()).Select(c => c.ChargePointId));
    }

    [Fact]
    public async Task FaultedConnector_PlaybooksOffForChargePoint_NoAction()
    {
        await using var h = PlaybookHarness.Create();
        await using var cp = await h.ConnectAndBootAsync();
        await h.App.Services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            async (scope, ct) => (await scope.Db.ChargePoints.FirstAsync(c => c.Id == PlaybookHarness.ChargePointId, ct)).ConfigureAutomation(playbooks: false, continuation: true),
            CancellationToken.None);
        await h.StatusAsync(cp, 1, "Faulted");

        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await h.EvaluateAsync();

        Assert.Empty(await h.RunsAsync());
        Assert.Empty(await h.HealingCommandsAsync());
    }

    [Fact]
    public async Task ReconnectAndFault_PlaybooksDisabled_NoAction()
    {
        await using var h = PlaybookHarness.Create(new Dictionary<string, string?> { ["Healing:Playbooks:Enabled"] = "false" });
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(3));

        await using var back = await h.ConnectAndBootAsync();
        await h.StatusAsync(back, 1, "Faulted");
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        await h.EvaluateAsync();

        Assert.Empty(await h.RunsAsync());
        Assert.Empty(await h.HealingCommandsAsync());
    }

    [Fact]
    public async Task FaultedAfterReconnect_HourlyLimitReached_NoResetAndRunSaysSo()
    {
        await using var h = PlaybookHarness.Create(new Dictionary<string, string?> { ["Healing:Playbooks:MaxActionsPerHour"] = "2" });
        var cp = await h.ConnectAndBootAsync();
        await h.DisconnectAsync(cp);
        h.Clock.Advance(TimeSpan.FromMinutes(3));
        await using var back = await h.ConnectAsync();
        await PlaybookHarness.AnswerNextAsync(back, Accepted);
        await PlaybookHarness.AnswerNextAsync(back, Accepted);
        await h.StatusAsync(back, 1, "Faulted");

        h.Clock.Advance(TimeSpan.FromMinutes(5));
        await h.EvaluateAsync();

        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookRunStatus.Running, 1), (run.Status, run.Step));
        Assert.Contains("Hourly limit of 2", run.Detail, StringComparison.Ordinal);
        Assert.Equal(2, (await h.HealingCommandsAsync()).Count);
    }

    [Fact]
    public async Task FaultedRecovery_AppRestartsAfterSoftReset_ContinuesWithHardResetWithoutRepeating()
    {
        await using var h = PlaybookHarness.Create();
        var cp = await h.ConnectAndBootAsync();
        await h.StatusAsync(cp, 1, "Faulted");
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        var soft = await h.EvaluateAndAnswerAsync(cp, Accepted);
        await h.DisconnectAsync(cp);

        await h.RestartAsync();
        await using var back = await h.ConnectAndBootAsync();
        await h.StatusAsync(back, 1, "Faulted");
        h.Clock.Advance(TimeSpan.FromMinutes(2));
        await h.EvaluateAsync();
        var afterTwoMinutes = await h.HealingCommandsAsync();
        h.Clock.Advance(TimeSpan.FromMinutes(4));
        var hard = await h.EvaluateAndAnswerAsync(back, Accepted);

        Assert.Equal("Soft", soft[3].GetProperty("type").GetString());
        Assert.Single(afterTwoMinutes);
        Assert.Equal("Hard", hard[3].GetProperty("type").GetString());
        var run = Assert.Single(await h.RunsAsync());
        Assert.Equal((PlaybookKeys.FaultedRecovery, 1, 2, PlaybookRunStatus.Running), (run.Playbook, run.ConnectorId, run.Step, run.Status));
        Assert.Equal(2, (await h.HealingCommandsAsync()).Count);
    }
}
