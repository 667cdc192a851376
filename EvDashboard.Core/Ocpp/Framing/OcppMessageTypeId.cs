namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>The MessageTypeId in element 0 of every OCPP-J 1.6 frame (§4.1.3).</summary>
internal enum OcppMessageTypeId
{
    Call = 2,
    CallResult = 3,
    CallError = 4,
}
