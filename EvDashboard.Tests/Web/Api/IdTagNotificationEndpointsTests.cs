using System.Net;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Api;

/// <summary>/api/id-tags with the driver's notification opt-in: stored, returned, audited, and validated field by field.</summary>
public sealed class IdTagNotificationEndpointsTests : IAsyncLifetime
{
    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task CreateThenGet_OptedIn_RoundTripsAndAudits()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "DRIVER-1", ownerEmail = "ada@example.com", ownerWebhookUrl = "https://app.example.com/ev", notifyOwner = true })).Dispose();

        var body = await _host.GetJsonAsync("/api/id-tags/DRIVER-1");

        Assert.Equal(
            ("ada@example.com", "https://app.example.com/ev", true),
            (body.GetProperty("ownerEmail").GetString(), body.GetProperty("ownerWebhookUrl").GetString(), body.GetProperty("notifyOwner").GetBoolean()));
        var audit = await _host.ReadAsync(db => db.AuditEntries.Where(e => e.Action == "idtag.create").SingleAsync());
        Assert.Contains("notify=on; email=ada@example.com", audit.Details, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_OmittedFields_TurnsNotificationsOff()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "DRIVER-2", ownerEmail = "ada@example.com", notifyOwner = true })).Dispose();

        using var response = await _host.PutJsonAsync("/api/id-tags/DRIVER-2", new { status = "Accepted" });

        var body = await ApiAssert.JsonAsync(response, HttpStatusCode.OK);
        Assert.False(body.GetProperty("notifyOwner").GetBoolean());
        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal(((string?)null, false), (stored.OwnerEmail, stored.NotifyOwner));
    }

    [Theory]
    [InlineData("not-an-address", null, false, "ownerEmail")]
    [InlineData(null, "hooks/ev", false, "ownerWebhookUrl")]
    [InlineData(null, null, true, "notifyOwner")]
    public async Task Create_BadNotificationSettings_Returns400AndStoresNothing(string? email, string? url, bool notify, string field)
    {
        using var response = await _host.PostJsonAsync("/api/id-tags", new { idTag = "DRIVER-3", ownerEmail = email, ownerWebhookUrl = url, notifyOwner = notify });

        await ApiAssert.ValidationProblemAsync(response, field);
        Assert.Equal(0, await _host.ReadAsync(db => db.IdTags.CountAsync()));
    }

    [Fact]
    public async Task Block_OptedInTag_KeepsTheNotificationSettings()
    {
        (await _host.PostJsonAsync("/api/id-tags", new { idTag = "DRIVER-4", ownerEmail = "ada@example.com", notifyOwner = true })).Dispose();
        var administration = _host.Factory.Services.GetRequiredService<IdTagAdministration>();

        await administration.SetBlockedAsync("DRIVER-4", blocked: true, Actor.System, CancellationToken.None);

        var stored = await _host.ReadAsync(db => db.IdTags.SingleAsync());
        Assert.Equal((IdTagStatus.Blocked, "ada@example.com", true), (stored.Status, stored.OwnerEmail, stored.NotifyOwner));
    }
}
