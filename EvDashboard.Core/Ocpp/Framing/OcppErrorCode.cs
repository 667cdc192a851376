namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>
/// The CALLERROR error codes of OCPP-J 1.6 §4.2.3 (table "Valid Error Codes").
/// </summary>
/// <remarks>
/// <see cref="OccurenceConstraintViolation"/> is spelled with one "r" because that is how the OCPP-J 1.6
/// specification prints the wire code; OCPP 2.x corrected it, 1.6 charge points expect the original.
/// </remarks>
public enum OcppErrorCode
{
    /// <summary>Requested Action is not known by receiver.</summary>
    NotImplemented,

    /// <summary>Requested Action is recognized but not supported by the receiver.</summary>
    NotSupported,

    /// <summary>An internal error occurred and the receiver was not able to process the requested Action.</summary>
    InternalError,

    /// <summary>Payload for Action is incomplete.</summary>
    ProtocolError,

    /// <summary>A security issue prevented the receiver from completing the Action.</summary>
    SecurityError,

    /// <summary>Payload is syntactically incorrect or does not conform to the PDU structure for the Action.</summary>
    FormationViolation,

    /// <summary>Payload is syntactically correct but at least one field contains an invalid value.</summary>
    PropertyConstraintViolation,

    /// <summary>Payload is syntactically correct but at least one field violates occurrence constraints.</summary>
    OccurenceConstraintViolation,

    /// <summary>Payload is syntactically correct but at least one field violates data type constraints.</summary>
    TypeConstraintViolation,

    /// <summary>Any other error not covered by the previous ones.</summary>
    GenericError,
}
