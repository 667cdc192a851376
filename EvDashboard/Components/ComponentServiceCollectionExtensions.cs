using EvDashboard.Components.Pages.IdTags;
using EvDashboard.Components.Pages.Invoices;
using EvDashboard.Components.Pages.Sessions;
using EvDashboard.Core.Sites;
using Radzen;

namespace EvDashboard.Components;

internal static class ComponentServiceCollectionExtensions
{
    /// <summary>The Blazor Server dashboard: interactive server components, Radzen, the site's clock.</summary>
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddRadzenComponents();
        services.AddCascadingAuthenticationState();
        services.AddScoped<Shared.OperatorGate>();
        services.AddSites();
        Core.Revenue.Reports.ReportsServiceCollectionExtensions.AddReportQueries(services);
        Core.Stations.Queries.StationPageQueriesServiceCollectionExtensions.AddStationPageQueries(services);
        Pages.Sessions.SessionPagesServiceCollectionExtensions.AddSessionPages(services);
        Pages.Wall.WallDisplayServiceCollectionExtensions.AddWallDisplay(services);
        Pages.Tariffs.TariffPagesServiceCollectionExtensions.AddTariffPages(services);
        return services;
    }

    /// <summary>
    /// Outside Development, a run from bin/ would serve Radzen's and the app's static files as empty
    /// responses (only the Development file provider finds them); the static web assets manifest fixes that.
    /// </summary>
    public static WebApplicationBuilder UseDashboardStaticAssets(this WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }

    public static WebApplication MapDashboard(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // Browsers get a page for a bare 404 (or other status); machine endpoints keep their own answers.
        app.UseWhen(
            context => !IsMachineEndpoint(context.Request.Path),
            branch => branch.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        app.MapSessionExport();
        app.MapIdTagExport();
        app.MapInvoiceExports();
        return app;
    }

    private static bool IsMachineEndpoint(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/ocpp") || path.StartsWithSegments("/hubs")
        || path.StartsWithSegments("/healthz") || path.StartsWithSegments("/openapi");
}
