using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// OCPP 1.6 §6.11: answers with the central system's time. Last-seen is updated in memory by the
/// connection for every message and flushed periodically, so a heartbeat costs no disk write.
/// </summary>
internal sealed class HeartbeatHandler(TimeProvider time)
    : OcppCallHandler<HeartbeatRequest, HeartbeatResponse>(OcppJsonContext.Default.HeartbeatRequest, OcppJsonContext.Default.HeartbeatResponse)
{
    public override string Action => OcppActions.Heartbeat;

    protected override Task<HeartbeatResponse> HandleAsync(OcppCallContext context, HeartbeatRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new HeartbeatResponse { CurrentTime = time.GetUtcNow() });
}
