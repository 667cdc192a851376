using System.Globalization;

namespace EvDashboard.UiBench;

/// <summary>Prints a run for people, then one RESULT line for scripts.</summary>
internal static class ReportPrinter
{
    public static void Print(UiReport report, TextWriter output)
    {
        var idle = report.Idle;
        var loaded = report.Loaded;
        output.WriteLine(Invariant($"server without circuits   CPU {idle.CpuPercent,6:F1} % of one core   RSS {Mib(idle.RssKb),7:F1} MiB (max {Mib(idle.RssMaxKb):F1})   sockets {idle.Sockets}"));
        output.WriteLine(Invariant($"server with {report.Circuits,3} circuits  CPU {loaded.CpuPercent,6:F1} % of one core   RSS {Mib(loaded.RssKb),7:F1} MiB (max {Mib(loaded.RssMaxKb):F1})   sockets {loaded.Sockets}"));
        output.WriteLine(Invariant($"cost of the circuits      CPU {report.UiCpuPercent,6:F1} % of one core   RSS {Mib(loaded.RssKb - idle.RssKb),7:F1} MiB = {report.RssPerCircuitKb} KiB per circuit"));
        PrintPages(report, output);
        output.WriteLine(Invariant($"after closing the pages   sockets {report.SocketsAfterClose} ({(report.SocketsFellBack ? "back to" : "NOT back to")} {idle.Sockets}) after {report.CloseTime.TotalSeconds:F0} s   RSS {Mib(report.RssKbAfterClose):F1} MiB"));
        output.WriteLine(Invariant(
            $"RESULT scenario=ui circuits={report.Circuits} server_cpu_pct={loaded.CpuPercent:F1} server_cpu_pct_idle={idle.CpuPercent:F1} ")
            + Invariant($"ui_cpu_pct={report.UiCpuPercent:F1} rss_kb={loaded.RssKb} rss_kb_idle={idle.RssKb} rss_per_circuit_kb={report.RssPerCircuitKb} ")
            + Invariant($"live_circuits={report.LiveCircuits} updates_per_circuit_s={report.UpdatesPerCircuitPerSecond:F2} max_gap_ms={report.MaxGapMs:F0} ")
            + Invariant($"sockets_after_close={report.SocketsAfterClose} rss_kb_after_close={report.RssKbAfterClose}"));
        output.WriteLine(Invariant(
            $"{(report.Passed ? "PASS" : "FAIL")}: circuits' cost {report.UiCpuPercent:F1} % of one core (goal < {UiReport.CpuGoalPercent}), ")
            + Invariant($"{report.RssPerCircuitKb} KiB per circuit (goal < {UiReport.RssGoalKbPerCircuit}), {report.LiveCircuits} of {report.Circuits} circuits live"));
    }

    private static void PrintPages(UiReport report, TextWriter output)
    {
        var activity = report.Activity;
        if (activity.Count == 0)
            return;
        var seconds = report.Loaded.Elapsed.TotalSeconds;
        output.WriteLine(Invariant(
            $"pages                     {report.LiveCircuits} of {report.Circuits} live; figure updates per page {activity.Min(a => a.Updates) / seconds:F2}")
            + Invariant($"..{activity.Max(a => a.Updates) / seconds:F2}/s; longest gap {report.MaxGapMs:F0} ms; station rows in each DOM {activity.Min(a => a.Rows)}..{activity.Max(a => a.Rows)}"));
    }

    private static double Mib(long kb) => kb / 1024.0;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
