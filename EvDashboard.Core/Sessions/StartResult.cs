namespace EvDashboard.Core.Sessions;

/// <summary>The session a StartTransaction created, or found when it was a resend.</summary>
public sealed record StartResult(ChargingSession Session, bool IsResend);
