using EvDashboard.Core.Stations.Queries;
using EvDashboard.Demo;

namespace EvDashboard.Components.Pages.Wall;

internal static class WallDisplayServiceCollectionExtensions
{
    /// <summary>
    /// The wall display's read model, and the built-in demo fleet that keeps a first run's wall alive
    /// (Demo:Enabled, off unless switched on; AddDemoFleet is idempotent, so it may also be called from Program.cs).
    /// </summary>
    public static IServiceCollection AddWallDisplay(this IServiceCollection services)
    {
        services.AddWallQueries();
        services.AddDemoFleet();
        return services;
    }
}
