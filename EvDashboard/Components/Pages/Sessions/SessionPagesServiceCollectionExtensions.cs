using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Components.Pages.Sessions;

internal static class SessionPagesServiceCollectionExtensions
{
    /// <summary>The session pages' read services and the stop command they send (needs the OCPP command service).</summary>
    public static IServiceCollection AddSessionPages(this IServiceCollection services)
    {
        services.AddSessionPageQueries();
        services.AddSingleton<SessionStopCommand>();
        return services;
    }
}
