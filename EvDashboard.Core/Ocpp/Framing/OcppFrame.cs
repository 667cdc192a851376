namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>
/// One OCPP-J 1.6 RPC frame. The message id correlates a CALL with its CALLRESULT or CALLERROR (§4.1.4).
/// </summary>
public abstract record OcppFrame(string MessageId);
