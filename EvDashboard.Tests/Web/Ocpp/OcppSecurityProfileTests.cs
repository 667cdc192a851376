using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>Security profiles at the handshake over a real (plain ws) socket; wss is in OcppTlsTests.</summary>
public sealed class OcppSecurityProfileTests
{
    private const string Key = "k3y-0f-s1xteen-plus";

    [Fact]
    public async Task Connect_Profile2OverPlainWs_Is403AndAuditedAsRefused()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await AddAsync(factory, "CP-TLS", SecurityProfile.TlsBasic);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-TLS", Key));

        Assert.Contains("403", error.Message, StringComparison.Ordinal);
        Assert.False(factory.Services.GetRequiredService<ChargePointPresence>().IsOnline("CP-TLS"));
        await using var db = factory.CreateDbContext();
        var entry = await db.AuditEntries.AsNoTracking().SingleAsync();
        Assert.Equal(("CP-TLS", ChargePointAdmission.RefusedAction, nameof(AuditResult.Denied)), (entry.Actor, entry.Action, entry.Result));
        Assert.DoesNotContain(Key, entry.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_Profile1WithoutCredentials_Is401()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await AddAsync(factory, "CP-BASIC", SecurityProfile.Basic);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-BASIC"));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Connect_Profile0WithCredentials_IsAdmitted()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await AddAsync(factory, "CP-OPEN", SecurityProfile.None);

        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-OPEN", "some-key-it-was-given");
        var answer = await cp.CallAsync("Heartbeat", new { });

        Assert.True(answer.TryGetProperty("currentTime", out _));
    }

    internal static Task AddAsync(EvDashboardFactory factory, string id, SecurityProfile profile, string key = Key) =>
        AddAsync(factory.Services, id, profile, key);

    internal static Task AddAsync(IServiceProvider services, string id, SecurityProfile profile, string key = Key) =>
        services.GetRequiredService<DatabaseWriter>().ExecuteAsync(
            (scope, _) =>
            {
                var chargePoint = new ChargePoint(id, null, DateTimeOffset.UnixEpoch, registeredOnFirstConnect: false);
                chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(key));
                chargePoint.ChangeSecurityProfile(profile);
                scope.Db.ChargePoints.Add(chargePoint);
                return Task.CompletedTask;
            },
            CancellationToken.None);
}
