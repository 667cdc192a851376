using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions.Queries;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace EvDashboard.Core.Stations.Queries;

public static class StationPageQueriesServiceCollectionExtensions
{
    /// <summary>
    /// Reads and commands of the overview, stations and station detail pages, and the power history behind the
    /// overview's chart. Needs the data services, the central system (presence, commands) and the site clock.
    /// </summary>
    public static IServiceCollection AddStationPageQueries(this IServiceCollection services)
    {
        services.AddChargePointQueries();
        services.AddSessionQueries();
        services.AddPowerHistory();
        services.TryAddSingleton<StationBoardQueries>();
        services.TryAddSingleton<OverviewQueries>();
        services.TryAddSingleton<StationDetailQueries>();
        services.TryAddSingleton<StationCommands>();
        return services;
    }
}
