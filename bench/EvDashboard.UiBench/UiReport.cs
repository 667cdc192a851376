namespace EvDashboard.UiBench;

/// <summary>Everything a run measured: the server without and with the circuits, what the pages saw, and after closing them.</summary>
internal sealed record UiReport(
    int Circuits,
    ServerFigures Idle,
    ServerFigures Loaded,
    IReadOnlyList<CircuitActivity> Activity,
    int SocketsAfterClose,
    long RssKbAfterClose,
    TimeSpan CloseTime)
{
    // The goals of P7 in issue 8, for the circuits' own cost on top of the OCPP load.
    public const double CpuGoalPercent = 25;
    public const long RssGoalKbPerCircuit = 1024;

    public double UiCpuPercent => Loaded.CpuPercent - Idle.CpuPercent;

    public long RssPerCircuitKb => (Loaded.RssKb - Idle.RssKb) / Circuits;

    public int LiveCircuits => Activity.Count(a => a.Updates > 0 && a.FiguresChanged);

    public double MaxGapMs => Activity.Count == 0 ? 0 : Activity.Max(a => a.MaxGapMs);

    public double UpdatesPerCircuitPerSecond => Activity.Count == 0 ? 0 : Activity.Average(a => a.Updates) / Loaded.Elapsed.TotalSeconds;

    /// <summary>Sockets fell back to the count without circuits (a couple of keep-alive HTTP connections may linger).</summary>
    public bool SocketsFellBack => SocketsAfterClose <= Idle.Sockets + 2;

    public bool Passed => LiveCircuits == Circuits && UiCpuPercent < CpuGoalPercent && RssPerCircuitKb < RssGoalKbPerCircuit;
}
