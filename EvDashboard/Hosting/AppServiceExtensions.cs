using EvDashboard.Access;
using EvDashboard.Api;
using EvDashboard.Billing;
using EvDashboard.Components;
using EvDashboard.Components.Pages.Alerts;
using EvDashboard.Core.Alerts.Delivery;
using EvDashboard.Core.Alerts.Engine;
using EvDashboard.Core.Data;
using EvDashboard.Core.Healing.Playbooks;
using EvDashboard.Core.Healing.Reconciliation;
using EvDashboard.Core.Revenue.Rollups;
using EvDashboard.Health;
using EvDashboard.Hubs;
using EvDashboard.Ocpp;
using EvDashboard.Reports;

namespace EvDashboard.Hosting;

/// <summary>Every service of the app, in one place, so that the command-line tools (benchmark) run on exactly what the web host runs.</summary>
public static class AppServiceExtensions
{
    public static WebApplicationBuilder AddEvDashboardServices(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddTlsEndpoint();
        builder.Services.AddEvDashboardData(
            builder.Configuration.GetConnectionString("EvDashboard") ?? "Data Source=data/evdashboard.db",
            builder.Environment.ContentRootPath);
        builder.Services.AddOcppEndpoint();
        builder.Services.AddEvDashboardHealth();
        builder.Services.AddManagementApi();
        builder.Services.AddDashboard();
        builder.Services.AddLiveHub();
        builder.Services.AddAccessControl();
        builder.Services.AddInvoicing();
        builder.Services.AddRollups();
        builder.Services.AddReportExports();
        builder.Services.AddAlertEngine();
        builder.Services.AddAlertDelivery();
        builder.Services.AddAlertPages();
        builder.Services.AddPlaybooks();
        builder.Services.AddSessionHealing();
        builder.UseDashboardStaticAssets();
        return builder;
    }
}
