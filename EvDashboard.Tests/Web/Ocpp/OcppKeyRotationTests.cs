using System.Text.RegularExpressions;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Stations.Queries;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Key rotation over a real socket: ChangeConfiguration AuthorizationKey first, the stored key switched only on Accepted.</summary>
public sealed partial class OcppKeyRotationTests
{
    private const string OldKey = "k3y-0f-s1xteen-plus";
    private static readonly Actor Admin = new("admin@example.com");

    [Fact]
    public async Task NewKey_ConnectedChargerAccepts_StoredKeySwitchedOldKeyRefused()
    {
        await using var factory = await CreateFactoryAsync();
        KeyChangeOutcome outcome;
        string sentValue;
        await using (var cp = await OcppTestClient.ConnectAsync(factory, "CP-KEY", OldKey))
        {
            await cp.CallAsync("Heartbeat", new { });
            (outcome, sentValue) = await RotateAsync(factory, cp, "Accepted");
        }

        var oldKeyError = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-KEY", OldKey));
        await using var withNewKey = await OcppTestClient.ConnectAsync(factory, "CP-KEY", outcome.KeyHex);
        await withNewKey.CallAsync("Heartbeat", new { });

        Assert.Equal(KeyChangeStatus.Rotated, outcome.Status);
        Assert.Matches(HexKey(), outcome.KeyHex!);
        Assert.Equal(outcome.KeyHex, sentValue);
        Assert.Contains("401", oldKeyError.Message, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        var record = await db.CommandRecords.AsNoTracking().SingleAsync();
        Assert.DoesNotContain(outcome.KeyHex!, record.RequestJson, StringComparison.OrdinalIgnoreCase);
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "chargepoint.key.rotate");
        Assert.Equal((Admin.Name, true), (entry.Actor, entry.Succeeded));
        Assert.DoesNotContain(outcome.KeyHex!, entry.Details, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("Rejected")]
    [InlineData("RebootRequired")]
    [InlineData("NotSupported")]
    public async Task NewKey_ConnectedChargerDoesNotAccept_OldKeyKeptAndFailureAudited(string answer)
    {
        await using var factory = await CreateFactoryAsync();
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-KEY", OldKey);
        await cp.CallAsync("Heartbeat", new { });

        var (outcome, _) = await RotateAsync(factory, cp, answer);

        Assert.Equal(KeyChangeStatus.NotSwitched, outcome.Status);
        Assert.Null(outcome.KeyHex);
        Assert.Contains(answer, outcome.Detail, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        var stored = await db.ChargePoints.AsNoTracking().SingleAsync();
        Assert.True(ChargePointKeyHasher.Verify(stored.KeyHash!, OldKey));
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync(e => e.Action == "chargepoint.key.rotate");
        Assert.False(entry.Succeeded);
    }

    [Fact]
    public async Task NewKey_ChargerOffline_StoredDirectlyAndAuditedAsSet()
    {
        await using var factory = await CreateFactoryAsync();

        var outcome = await factory.Services.GetRequiredService<ChargePointKeys>().NewKeyAsync("CP-KEY", Admin, CancellationToken.None);

        Assert.Equal(KeyChangeStatus.Set, outcome.Status);
        await using var db = factory.CreateDbContext();
        var stored = await db.ChargePoints.AsNoTracking().SingleAsync();
        Assert.True(ChargePointKeyHasher.Verify(stored.KeyHash!, Convert.FromHexString(outcome.KeyHex!)));
        Assert.False(await db.CommandRecords.AnyAsync());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "chargepoint.key.set" && e.Actor == Admin.Name));
    }

    private static async Task<(KeyChangeOutcome Outcome, string SentValue)> RotateAsync(EvDashboardFactory factory, OcppTestClient cp, string answer)
    {
        var rotating = factory.Services.GetRequiredService<ChargePointKeys>().NewKeyAsync("CP-KEY", Admin, CancellationToken.None);
        var call = await cp.ReceiveAsync();
        Assert.Equal(("ChangeConfiguration", "AuthorizationKey"), (call[2].GetString(), call[3].GetProperty("key").GetString()));
        await cp.SendFrameAsync($"[3,\"{call[1].GetString()}\",{{\"status\":\"{answer}\"}}]");
        return (await rotating, call[3].GetProperty("value").GetString()!);
    }

    private static async Task<EvDashboardFactory> CreateFactoryAsync()
    {
        var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await OcppSecurityProfileTests.AddAsync(factory, "CP-KEY", SecurityProfile.Basic, OldKey);
        return factory;
    }

    [GeneratedRegex("^[0-9A-F]{40}$")]
    private static partial Regex HexKey();
}
