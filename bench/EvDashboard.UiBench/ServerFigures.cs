namespace EvDashboard.UiBench;

/// <summary>The server over one measured window.</summary>
/// <param name="CpuPercent">utime + stime over wall time, in % of one core.</param>
/// <param name="RssKb">Mean of the once-a-second VmRSS samples.</param>
/// <param name="RssMaxKb">Highest VmRSS sample.</param>
/// <param name="Sockets">Open sockets at the end of the window.</param>
internal sealed record ServerFigures(TimeSpan Elapsed, double CpuPercent, long RssKb, long RssMaxKb, int Sockets);
