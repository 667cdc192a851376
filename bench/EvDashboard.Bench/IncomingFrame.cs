namespace EvDashboard.Bench;

/// <summary>What a received frame means to the charge point that is waiting for an answer.</summary>
internal enum IncomingFrame
{
    /// <summary>The CALLRESULT or CALLERROR for the outstanding CALL.</summary>
    Reply,

    /// <summary>A CALL from the central system; it has been answered with a CALLERROR, keep waiting.</summary>
    ServerCall,
}
