namespace EvDashboard.Bench;

/// <summary>The generator's own CPU time and the server's readings at the measured window's start and end.</summary>
internal sealed class WindowMeter(ServerProbe? probe)
{
    private TimeSpan _generatorCpuAtStart;
    private TimeSpan _generatorCpuAtEnd;
    private ServerSample? _serverAtStart;
    private ServerSample? _serverAtEnd;

    public bool Started { get; private set; }

    public void Start()
    {
        Started = true;
        _generatorCpuAtStart = Environment.CpuUsage.TotalTime;
        _serverAtStart = probe?.TrySample();
    }

    public void Stop()
    {
        if (!Started)
            return;
        _generatorCpuAtEnd = Environment.CpuUsage.TotalTime;
        _serverAtEnd = probe?.TrySample();
    }

    /// <summary>The generator's CPU use in the window, as a percentage of one core.</summary>
    public double GeneratorCpuPercent(TimeSpan window) =>
        Started && window > TimeSpan.Zero ? 100 * (_generatorCpuAtEnd - _generatorCpuAtStart).TotalSeconds / window.TotalSeconds : 0;

    /// <summary>The server's figures, or <c>null</c> without a probe or when the server was gone at a reading.</summary>
    public ServerFigures? Figures(ServerSample? before, TimeSpan window, long callsInWindow) =>
        probe is null || before is null || _serverAtStart is null || _serverAtEnd is null
            ? null
            : new ServerFigures(probe.Pid, before, _serverAtStart, _serverAtEnd, window, callsInWindow);
}
