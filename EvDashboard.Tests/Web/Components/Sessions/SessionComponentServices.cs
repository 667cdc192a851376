using EvDashboard.Core.Sites;
using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Radzen;

namespace EvDashboard.Tests.Web.Components.Sessions;

/// <summary>What the session components inject, on a site in Europe/Berlin with a clock the test sets.</summary>
internal static class SessionComponentServices
{
    /// <summary>12:00 UTC = 13:00 in Berlin (CET).</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    public static ServiceProvider Create(DateTimeOffset? now = null)
    {
        var time = new ManualTimeProvider(now ?? Now);
        var services = ComponentRenderer.Services();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(new SiteClock(time, Options.Create(new SiteOptions { Name = "Test site", TimeZone = "Europe/Berlin" })));
        services.AddRadzenComponents();
        services.AddSingleton<Microsoft.JSInterop.IJSRuntime, NoJavaScript>();
        return services.BuildServiceProvider();
    }
}
