namespace EvDashboard.Bench;

/// <summary>One reading of the server process: CPU time used so far, resident memory now and at its peak.</summary>
internal sealed record ServerSample(TimeSpan CpuTime, long RssKb, long PeakRssKb);
