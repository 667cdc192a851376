namespace EvDashboard.Core.Ocpp.V16;

/// <summary>Which half of an action a payload is: the CALL's request (.req) or the CALLRESULT's response (.conf).</summary>
public enum OcppMessageDirection
{
    Request,
    Response,
}
