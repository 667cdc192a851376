using System.Globalization;

namespace EvDashboard.Bench;

/// <summary>
/// Reads the server process's CPU time (utime + stime of <c>/proc/PID/stat</c>) and memory (VmRSS and VmHWM of
/// <c>/proc/PID/status</c>) so that every run reports what the load cost the server, not only the generator.
/// </summary>
internal sealed class ServerProbe(int pid)
{
    // USER_HZ: the kernel reports utime and stime in clock ticks of 1/100 s on every Linux architecture .NET runs on.
    private const double ClockTicksPerSecond = 100;

    public int Pid => pid;

    public bool IsAlive => File.Exists($"/proc/{pid}/stat");

    /// <summary>The sample, or <c>null</c> when the process has gone.</summary>
    public ServerSample? TrySample()
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            // The command name may contain spaces and parentheses; the fields after its last ')' are fixed.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var cpuTicks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
            long rssKb = 0, peakKb = 0;
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                    rssKb = Kilobytes(line);
                else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    peakKb = Kilobytes(line);
            }

            return new ServerSample(TimeSpan.FromSeconds(cpuTicks / ClockTicksPerSecond), rssKb, peakKb);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
}
