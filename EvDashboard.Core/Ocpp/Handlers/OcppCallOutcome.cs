using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>The answer to a CALL: a CALLRESULT payload (UTF-8 JSON) or a CALLERROR code and description.</summary>
public readonly record struct OcppCallOutcome(byte[]? Payload, OcppErrorCode ErrorCode, string? ErrorDescription)
{
    public bool IsSuccess => Payload is not null;

    public static OcppCallOutcome Answer(byte[] payload) => new(payload, default, null);

    public static OcppCallOutcome Error(OcppErrorCode code, string description) => new(null, code, description);
}
