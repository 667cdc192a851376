using EvDashboard.Components.Pages.IdTags;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;
using EvDashboard.Tests.TestDoubles;
using EvDashboard.Tests.Web.Components.Sessions;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Radzen;

namespace EvDashboard.Tests.Web.IdTags;

/// <summary>The idTag dialog's driver-notification fields: shown with the tag's values and what the driver gets, checked before saving.</summary>
public sealed class IdTagEditorNotificationTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task IdTagEditor_OptedInTag_ShowsItsContactAndWhatTheDriverGets()
    {
        var tag = new IdTagView("DRIVER1", IdTagStatus.Accepted, null, null, null, At, At, IdTagType.AppToken, "Ada", null, "ada@example.com", null, NotifyOwner: true);
        await using var provider = Services();

        var document = await ComponentRenderer.RenderAsync<IdTagEditor>(provider, new Dictionary<string, object?> { ["Model"] = IdTagEditModel.From(tag) });

        var fieldset = document.QuerySelectorAll("fieldset").Single(f => f.QuerySelector("legend")?.TextContent == "Driver notifications");
        Assert.Equal("ada@example.com", fieldset.QuerySelector("input[aria-label='Owner e-mail']")?.GetAttribute("value"));
        Assert.NotNull(fieldset.QuerySelector("input[aria-label='Owner webhook']"));
        Assert.Contains("session completed, about to end, idle fee starting", fieldset.QuerySelector(".evd-note")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSettings_OptInWithoutContact_RefusesWithTheReason()
    {
        var model = new IdTagEditModel { IdTag = "DRIVER1", NotifyOwner = true, OwnerEmail = " " };

        var settings = model.ToSettings(out var error);

        Assert.Null(settings);
        Assert.Equal("Notifications need an e-mail address or a webhook URL to go to.", error);
    }

    [Fact]
    public void ToSettings_OptInWithEmail_CarriesTheNotifications()
    {
        var model = new IdTagEditModel { IdTag = "DRIVER1", NotifyOwner = true, OwnerEmail = " ada@example.com " };

        var settings = model.ToSettings(out var error);

        Assert.Null(error);
        Assert.Equal(new IdTagNotifications("ada@example.com", null, true), settings?.Notifications);
    }

    private static ServiceProvider Services()
    {
        var services = ComponentRenderer.Services();
        services.AddSingleton<TimeProvider>(new ManualTimeProvider(At));
        services.AddRadzenComponents();
        services.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>();
        services.AddSingleton<NavigationManager, FixedNavigation>();
        services.AddSingleton(new DatabaseWriter(Options.Create(new DatabaseOptions())));
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<IdTagAdministration>();
        return services.BuildServiceProvider();
    }

    /// <summary>The dialog service needs a navigation manager; the editor never navigates.</summary>
    private sealed class FixedNavigation : NavigationManager
    {
        public FixedNavigation() => Initialize("http://localhost/", "http://localhost/id-tags");
    }
}
