using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Alerts;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace EvDashboard.Components.Pages.Alerts;

/// <summary>Whether e-mail and webhooks are configured, and a "send test" for each that shows what happened.</summary>
public sealed partial class NotificationTestPanel
{
    private string? _emailTarget;
    private NotificationTestResult? _result;
    private bool _busy;

    [Inject] private IOptions<AlertDeliveryOptions> DeliveryOptions { get; set; } = default!;
    [Inject] private IServiceProvider Services { get; set; } = default!;
    [Inject] private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter] private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private AlertDeliveryOptions Options => DeliveryOptions.Value;

    /// <summary>The delivery feature's tester; resolved lazily so the page still shows the settings in a build without the sender.</summary>
    private INotificationTester? Tester => Services.GetService<INotificationTester>();

    private async Task TestAsync(DeliveryChannel channel, string? target)
    {
        if (Tester is not { } tester || await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Administer) is not { } actor)
        {
            return;
        }

        _busy = true;
        try
        {
            _result = await tester.SendTestAsync(channel, string.IsNullOrWhiteSpace(target) ? null : target.Trim(), actor, CancellationToken.None);
        }
        finally
        {
            _busy = false;
        }
    }
}
