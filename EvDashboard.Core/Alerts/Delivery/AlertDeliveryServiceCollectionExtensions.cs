using EvDashboard.Core.Audit;
using EvDashboard.Core.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Alerts.Delivery;

public static class AlertDeliveryServiceCollectionExtensions
{
    /// <summary>Bounds what a misbehaving webhook can make us read into memory for an error message.</summary>
    private const int MaxWebhookAnswerBytes = 64 * 1024;

    /// <summary>Alert e-mails and webhooks: the queue's worker, the senders, and the "send test" service (Alerts:Delivery).</summary>
    public static IServiceCollection AddAlertDelivery(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LiveFeed>();
        services.TryAddSingleton<AuditTrail>();
        services.AddAlertDeliveryOptions();
        services.AddHttpClient(WebhookSender.ClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<AlertDeliveryOptions>>().Value.TimeoutSeconds);
                client.MaxResponseContentBufferSize = MaxWebhookAnswerBytes;
            })

            // A redirected POST turns into a GET on the way; a webhook that moved should be reconfigured, not followed.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<IChannelSender, EmailSender>();
        services.AddSingleton<IChannelSender, WebhookSender>();
        services.AddSingleton<DeliveryStore>();
        services.AddSingleton<DeliveryPass>();
        services.AddSingleton<INotificationTester, NotificationTester>();
        services.AddHostedService<DeliveryWorker>();
        return services;
    }
}
