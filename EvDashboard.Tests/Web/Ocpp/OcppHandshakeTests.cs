using EvDashboard.Core.Stations;
using EvDashboard.Tests.TestDoubles;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using EvDashboard.Core.Data;

namespace EvDashboard.Tests.Web.Ocpp;

/// <summary>The WebSocket handshake: subprotocol, unknown charge points under both policies, security profile 1.</summary>
public sealed class OcppHandshakeTests
{
    private const string Key = "k3y-0f-s1xteen-plus";

    [Fact]
    public async Task Connect_WithoutOcppSubprotocol_Is400()
    {
        await using var factory = new EvDashboardFactory();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-1", subProtocol: "ocpp2.0.1"));

        Assert.Contains("400", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ocpp")]
    [InlineData("/ocpp/")]
    public async Task Request_PathWithoutId_Is404(string path)
    {
        await using var factory = new EvDashboardFactory();

        using var response = await factory.CreateClient().GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Connect_UnknownChargePointUnderReject_Is404AndCreatesNothing()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-STRANGER"));

        Assert.Contains("404", error.Message, StringComparison.Ordinal);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.ChargePoints.AnyAsync());
    }

    [Fact]
    public async Task Connect_UnknownChargePointUnderAccept_CreatesItFlaggedNew()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Accept" });

        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-NEWCOMER");
        await cp.CallAsync("Heartbeat", new { });

        await using var db = factory.CreateDbContext();
        var created = await db.ChargePoints.SingleAsync();
        Assert.Equal("CP-NEWCOMER", created.Id);
        Assert.True(created.IsNew);
        Assert.True(factory.Services.GetRequiredService<ChargePointPresence>().IsOnline("CP-NEWCOMER"));
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("wrong-key-but-long-enough", null)]
    [InlineData(Key, "OTHER-CP")]
    public async Task Connect_ChargePointWithKey_WrongOrMissingCredentials_Is401(string? presentedKey, string? user)
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await AddChargePointAsync(factory, "CP-SECURE", Key);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => OcppTestClient.ConnectAsync(factory, "CP-SECURE", presentedKey, user: user));

        Assert.Contains("401", error.Message, StringComparison.Ordinal);
        Assert.False(factory.Services.GetRequiredService<ChargePointPresence>().IsOnline("CP-SECURE"));
    }

    [Fact]
    public async Task Connect_ChargePointWithKey_RightCredentials_IsAccepted()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:UnknownChargePoints"] = "Reject" });
        await AddChargePointAsync(factory, "CP-SECURE", Key);

        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-SECURE", Key);
        var answer = await cp.CallAsync("Heartbeat", new { });

        Assert.True(answer.TryGetProperty("currentTime", out _));
    }

    [Fact]
    public async Task Connect_SecondConnectionWithSameId_ReplacesTheFirst()
    {
        await using var factory = new EvDashboardFactory();
        await using var first = await OcppTestClient.ConnectAsync(factory, "CP-TWICE");
        await first.CallAsync("Heartbeat", new { });

        await using var second = await OcppTestClient.ConnectAsync(factory, "CP-TWICE");
        var closed = await first.ReceiveCloseAsync();
        var answer = await second.CallAsync("Heartbeat", new { });

        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.PolicyViolation, closed);
        Assert.True(answer.TryGetProperty("currentTime", out _));
        Assert.True(factory.Services.GetRequiredService<ChargePointPresence>().IsOnline("CP-TWICE"));
    }

    [Fact]
    public async Task Message_LargerThanMaxMessageBytes_ClosesWith1009()
    {
        await using var factory = new EvDashboardFactory(new Dictionary<string, string?> { ["Ocpp:MaxMessageBytes"] = "2048" });
        await using var cp = await OcppTestClient.ConnectAsync(factory, "CP-BIG");

        await cp.SendFrameAsync($"[2,\"big\",\"DataTransfer\",{{\"vendorId\":\"v\",\"data\":\"{new string('x', 4096)}\"}}]");
        var closed = await cp.ReceiveCloseAsync();

        Assert.Equal(System.Net.WebSockets.WebSocketCloseStatus.MessageTooBig, closed);
        await using var db = factory.CreateDbContext();
        Assert.False(await db.DataTransferMessages.AnyAsync());
    }

    private static async Task AddChargePointAsync(EvDashboardFactory factory, string id, string key)
    {
        var writer = factory.Services.GetRequiredService<DatabaseWriter>();
        await writer.ExecuteAsync(
            (scope, _) =>
            {
                var chargePoint = new ChargePoint(id, "Secure", DateTimeOffset.UnixEpoch, registeredOnFirstConnect: false);
                chargePoint.SetKeyHash(ChargePointKeyHasher.Hash(key));
                chargePoint.ChangeSecurityProfile(SecurityProfile.Basic);
                scope.Db.ChargePoints.Add(chargePoint);
                return Task.CompletedTask;
            },
            CancellationToken.None);
    }
}
