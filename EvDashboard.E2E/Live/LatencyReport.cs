namespace EvDashboard.E2E.Live;

/// <summary>Appends latency lines to TestResults/latency.txt, which .ci/run prints after the test run.</summary>
public static class LatencyReport
{
    private static readonly Lock Gate = new();

    public static void Append(string line)
    {
        var directory = Hosting.E2ESettings.ResultsDirectory;
        Directory.CreateDirectory(directory);
        lock (Gate)
        {
            File.AppendAllText(Path.Combine(directory, "latency.txt"), line + Environment.NewLine);
        }
    }
}
