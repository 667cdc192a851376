namespace EvDashboard.Core.Stations;

/// <summary>The outcome of a handshake and, when it is refused, why (for the log and the audit entry, never the key).</summary>
public sealed record AdmissionDecision(AdmissionResult Result, string? Reason = null)
{
    public bool IsAdmitted => Result is AdmissionResult.Admitted or AdmissionResult.AdmittedAsNew or AdmissionResult.AdmittedPending;
}
