namespace EvDashboard.Core.Stations.Queries;

/// <summary>What became of a new key. <see cref="KeyHex"/> is shown once to the operator and kept nowhere.</summary>
/// <param name="KeyHex">The new key as 40 hex digits (the AuthorizationKey value) when it was stored; otherwise null.</param>
/// <param name="Detail">Why the key was not switched, in the charger's words.</param>
public sealed record KeyChangeOutcome(KeyChangeStatus Status, string? KeyHex = null, string? Detail = null)
{
    public bool IsStored => Status is KeyChangeStatus.Set or KeyChangeStatus.Rotated;
}
