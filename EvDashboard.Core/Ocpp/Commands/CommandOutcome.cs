namespace EvDashboard.Core.Ocpp.Commands;

public enum CommandOutcome
{
    /// <summary>The charger answered with a CALLRESULT (its payload says whether it accepted).</summary>
    Answered,

    /// <summary>The charger answered with a CALLERROR.</summary>
    CallError,

    /// <summary>No answer within Ocpp:CallTimeoutSeconds.</summary>
    Timeout,

    /// <summary>The charge point was not connected, or its connection closed before it answered.</summary>
    Offline,

    /// <summary>The charger answered something that is not a valid answer to the action.</summary>
    InvalidAnswer,
}
