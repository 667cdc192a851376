namespace EvDashboard.Core.Ocpp.Framing;

public static class OcppErrorCodeExtensions
{
    /// <summary>
    /// The exact string OCPP-J 1.6 §4.2.3 puts in a CALLERROR's ErrorCode element.
    /// </summary>
    /// <remarks>
    /// Literal strings rather than <c>Enum.ToString()</c>: the wire names are a protocol contract that must not
    /// change if a member is ever renamed, and the literals cost no allocation per error frame.
    /// </remarks>
    public static string ToWireName(this OcppErrorCode code) => code switch
    {
        OcppErrorCode.NotImplemented => "NotImplemented",
        OcppErrorCode.NotSupported => "NotSupported",
        OcppErrorCode.InternalError => "InternalError",
        OcppErrorCode.ProtocolError => "ProtocolError",
        OcppErrorCode.SecurityError => "SecurityError",
        OcppErrorCode.FormationViolation => "FormationViolation",
        OcppErrorCode.PropertyConstraintViolation => "PropertyConstraintViolation",
        OcppErrorCode.OccurenceConstraintViolation => "OccurenceConstraintViolation",
        OcppErrorCode.TypeConstraintViolation => "TypeConstraintViolation",
        OcppErrorCode.GenericError => "GenericError",
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "Not an OCPP-J 1.6 error code."),
    };
}
