using EvDashboard.Core.Ocpp;
using EvDashboard.Core.Ocpp.Commands;

namespace EvDashboard.Ocpp;

internal static class OcppEndpointServiceCollectionExtensions
{
    /// <summary>The central system plus the WebSocket side: the live connections, which carry operator commands.</summary>
    public static IServiceCollection AddOcppEndpoint(this IServiceCollection services)
    {
        services.AddOcppCentralSystem();
        services.AddSingleton<ChargePointConnections>();
        services.AddSingleton<IChargePointMessenger>(sp => sp.GetRequiredService<ChargePointConnections>());
        return services;
    }
}
