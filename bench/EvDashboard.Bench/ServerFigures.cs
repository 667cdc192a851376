namespace EvDashboard.Bench;

/// <summary>
/// What the run cost the server: CPU time in the measured window (per answered call and as a share of one core)
/// and resident memory before the charge points connected, at the window's start and end, and at its peak.
/// </summary>
internal sealed record ServerFigures(int Pid, ServerSample Before, ServerSample WindowStart, ServerSample WindowEnd, TimeSpan Window, long CallsInWindow)
{
    public TimeSpan CpuInWindow => WindowEnd.CpuTime - WindowStart.CpuTime;

    public double CpuPercentOfOneCore => Window > TimeSpan.Zero ? 100 * CpuInWindow.TotalSeconds / Window.TotalSeconds : 0;

    public double CpuMicrosecondsPerCall => CallsInWindow > 0 ? CpuInWindow.TotalMicroseconds / CallsInWindow : 0;

    /// <summary>Resident memory the connected charge points added, per connected charge point.</summary>
    public double RssKbPerChargePoint(int connected) => connected > 0 ? (double)(WindowEnd.RssKb - Before.RssKb) / connected : 0;
}
