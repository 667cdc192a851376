using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>PUT /api/charge-points/{id}/automation: both switches are required.</summary>
internal sealed record ChargePointAutomationRequest(
    [property: Description("Self-healing playbooks (trigger, soft and hard reset, unlock, retry) for this charge point.")] bool? Playbooks = null,
    [property: Description("Continuing an interrupted session automatically (RemoteStart for the same idTag, billed as one).")] bool? Continuation = null);
