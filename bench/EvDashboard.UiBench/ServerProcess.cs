using System.Globalization;

namespace EvDashboard.UiBench;

/// <summary>The server as seen from /proc: CPU time, resident memory and open sockets, read without touching it.</summary>
internal sealed class ServerProcess(int pid)
{
    // USER_HZ: the unit of utime/stime in /proc/PID/stat; 100 on every Linux this runs on (sysconf(_SC_CLK_TCK)).
    private const double ClockTicksPerSecond = 100;

    public int Pid { get; } = pid;

    public bool IsAlive => File.Exists($"/proc/{Pid}/stat") && State() != 'Z';

    /// <summary>utime + stime in seconds: fields 14 and 15 of /proc/PID/stat, counted after the "(comm)".</summary>
    public double CpuSeconds()
    {
        var fields = StatFields();
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / ClockTicksPerSecond;
    }

    /// <summary>VmRSS from /proc/PID/status, in KiB.</summary>
    public long RssKb()
    {
        foreach (var line in File.ReadLines($"/proc/{Pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }

        throw new InvalidOperationException($"/proc/{Pid}/status has no VmRSS line.");
    }

    /// <summary>
    /// Open sockets of the server: the charge points' WebSockets, the listener, and one WebSocket per Blazor circuit.
    /// With the generator's connections steady, the difference between two counts is the circuits' connections.
    /// </summary>
    public int Sockets()
    {
        var count = 0;
        foreach (var fd in Directory.EnumerateFileSystemEntries($"/proc/{Pid}/fd"))
        {
            try
            {
                if (new FileInfo(fd).LinkTarget?.StartsWith("socket:", StringComparison.Ordinal) == true)
                    count++;
            }
            catch (IOException)
            {
                // The descriptor closed while it was being read.
            }
        }

        return count;
    }

    private char State() => StatFields()[0][0];

    // The fields after "(comm) ": comm may itself contain spaces and parentheses, so split after the last ')'.
    private string[] StatFields()
    {
        var stat = File.ReadAllText($"/proc/{Pid}/stat");
        return stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
    }
}
