namespace EvDashboard.Demo;

internal enum DemoInputKind
{
    /// <summary>A second passed: the simulation moves on.</summary>
    Tick,

    /// <summary>The central system sent a CALL (an operator command).</summary>
    ServerCall,

    /// <summary>The WebSocket closed.</summary>
    Closed,
}
