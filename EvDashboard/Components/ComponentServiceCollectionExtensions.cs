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
        services.AddSites();
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

        app.UseStatusCodePagesWithReExecute("/not-found");
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
