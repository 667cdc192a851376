namespace EvDashboard.UiBench;

/// <summary>Measures the server for a while: CPU time at both ends, RSS sampled once a second in between.</summary>
internal static class ServerWindow
{
    public static async Task<ServerFigures> MeasureAsync(ServerProcess server, TimeSpan duration, CancellationToken cancellationToken)
    {
        var rss = new List<long>();
        var started = TimeProvider.System.GetTimestamp();
        var cpuBefore = server.CpuSeconds();
        using var ticker = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (TimeProvider.System.GetElapsedTime(started) < duration)
        {
            rss.Add(server.RssKb());
            await ticker.WaitForNextTickAsync(cancellationToken);
            if (!server.IsAlive)
                throw new InvalidOperationException($"The server (pid {server.Pid}) exited during the measurement.");
        }

        var cpu = server.CpuSeconds() - cpuBefore;
        var elapsed = TimeProvider.System.GetElapsedTime(started);
        rss.Add(server.RssKb());
        return new ServerFigures(elapsed, 100 * cpu / elapsed.TotalSeconds, (long)rss.Average(), rss.Max(), server.Sockets());
    }
}
