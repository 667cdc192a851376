using System.Text.Json;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>Handles one charge-point-initiated action. The payload has already passed the action's schema.</summary>
internal interface IOcppCallHandler
{
    string Action { get; }

    Task<OcppCallOutcome> HandleAsync(OcppCallContext context, JsonElement payload, CancellationToken cancellationToken);
}
