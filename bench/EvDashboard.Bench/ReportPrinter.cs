using System.Globalization;

namespace EvDashboard.Bench;

/// <summary>Prints a report as an aligned table for people and one <c>RESULT</c> line for scripts.</summary>
internal static class ReportPrinter
{
    public static void Print(BenchReport report, TextWriter output)
    {
        output.WriteLine();
        Line(output, $"scenario             {report.Scenario}");
        Line(output, $"charge points        {report.Connected} of {report.ChargePoints} connected, {report.ReadyCount} booted and prepared, all done after {report.ConnectTime.TotalSeconds:0.00} s");
        if (report.Ready is { Calls: > 0 } ready)
            Line(output, $"connect to prepared  p50 {ready.P50Ms:0.0} ms, p95 {ready.P95Ms:0.0} ms, p99 {ready.P99Ms:0.0} ms, max {ready.MaxMs:0.0} ms per charge point");
        if (report.Rate > 0)
            Line(output, $"pacing               {report.Rate:0.#} calls/s in all ({report.Rate / report.ChargePoints:0.###} per charge point), one outstanding each");
        else
            Line(output, $"pacing               none: each charge point sends its next CALL as soon as the answer arrives");
        Line(output, $"measured window      {report.Window.TotalSeconds:0.0} s after {report.Warmup.TotalSeconds:0.0} s warm-up");
        output.WriteLine();
        Line(output, $"{"action",-20} {"calls",10} {"calls/s",10} {"p50 ms",9} {"p95 ms",9} {"p99 ms",9} {"max ms",9}");
        foreach (var action in report.Actions.Append(report.Total))
            Line(output, $"{action.Action,-20} {action.Calls,10} {action.CallsPerSecond,10:0.0} {action.P50Ms,9:0.00} {action.P95Ms,9:0.00} {action.P99Ms,9:0.00} {action.MaxMs,9:0.00}");
        output.WriteLine();
        Line(output, $"samples acknowledged {report.SamplesAckedInWindow} in the window ({report.SamplesPerSecond:0.0}/s), {report.SamplesAcked} in the whole run");
        Line(output, $"CALLERRORs           {report.CallErrors}");
        Line(output, $"timeouts             {report.Timeouts}");
        Line(output, $"connection failures  {report.ConnectionFailures}");
        Line(output, $"protocol errors      {report.ProtocolErrors}");
        if (report.ServerCalls > 0)
            Line(output, $"server CALLs         {report.ServerCalls} (answered NotImplemented)");
        Line(output, $"generator CPU        {report.GeneratorCpuPercent:0}% of one core, {Environment.ProcessorCount} cores on this machine");
        if (report.Server is { } server)
        {
            Line(output, $"server CPU           {server.CpuInWindow.TotalSeconds:0.00} s in the window = {server.CpuPercentOfOneCore:0}% of one core, {server.CpuMicrosecondsPerCall:0.0} us per answered call (pid {server.Pid})");
            Line(output, $"server RSS           {server.Before.RssKb / 1024.0:0.0} MiB before connecting, {server.WindowStart.RssKb / 1024.0:0.0} MiB at the window's start, {server.WindowEnd.RssKb / 1024.0:0.0} MiB at its end (peak {server.WindowEnd.PeakRssKb / 1024.0:0.0} MiB)");
            Line(output, $"RSS per charge point {server.RssKbPerChargePoint(report.Connected):0.0} KiB (end of window minus before connecting, over {report.Connected} connected)");
        }

        foreach (var error in report.ErrorExamples)
            Line(output, $"error                {error}");
        output.WriteLine();
        output.WriteLine(ResultLine(report));
    }

    /// <summary>
    /// <c>samples_acked</c> covers the whole run (warm-up and finish included) so that it can be compared with
    /// the rows the server stored; the rates and latencies cover the measured window only.
    /// </summary>
    public static string ResultLine(BenchReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"{CommonFields(report)}{(report.Server is { } server ? ServerFields(report, server) : string.Empty)}");

    private static string CommonFields(BenchReport report) => string.Create(
        CultureInfo.InvariantCulture,
        $"RESULT scenario={report.Scenario} cps={report.ChargePoints} calls_per_s={report.Total.CallsPerSecond:0.0} " +
        $"p50_ms={report.Total.P50Ms:0.00} p95_ms={report.Total.P95Ms:0.00} p99_ms={report.Total.P99Ms:0.00} max_ms={report.Total.MaxMs:0.00} " +
        $"errors={report.Errors} samples_acked={report.SamplesAcked} " +
        $"meter_values_per_s={report.For(OcppAction.MeterValues)?.CallsPerSecond ?? 0:0.0} meter_values_p99_ms={report.For(OcppAction.MeterValues)?.P99Ms ?? 0:0.00} " +
        $"heartbeats_per_s={report.For(OcppAction.Heartbeat)?.CallsPerSecond ?? 0:0.0} rate={(report.Rate > 0 ? report.Rate.ToString("0.#", CultureInfo.InvariantCulture) : "max")} " +
        $"samples_per_s={report.SamplesPerSecond:0.0} connected={report.Connected} call_errors={report.CallErrors} timeouts={report.Timeouts} " +
        $"connection_failures={report.ConnectionFailures} protocol_errors={report.ProtocolErrors} window_s={report.Window.TotalSeconds:0.0} " +
        $"generator_cpu_pct={report.GeneratorCpuPercent:0} ready={report.ReadyCount} done_s={report.ConnectTime.TotalSeconds:0.00} " +
        $"ready_p99_ms={report.Ready?.P99Ms ?? 0:0.0} ready_max_ms={report.Ready?.MaxMs ?? 0:0.0} " +
        $"start_p99_ms={report.For(OcppAction.StartTransaction)?.P99Ms ?? 0:0.00} calls={report.Total.Calls}");

    private static string ServerFields(BenchReport report, ServerFigures server) => string.Create(
        CultureInfo.InvariantCulture,
        $" server_cpu_s={server.CpuInWindow.TotalSeconds:0.00} server_cpu_pct={server.CpuPercentOfOneCore:0} server_us_per_call={server.CpuMicrosecondsPerCall:0.0} " +
        $"server_rss_before_kb={server.Before.RssKb} server_rss_end_kb={server.WindowEnd.RssKb} server_rss_peak_kb={server.WindowEnd.PeakRssKb} " +
        $"server_kb_per_cp={server.RssKbPerChargePoint(report.Connected):0.0}");

    private static void Line(TextWriter output, FormattableString text) =>
        output.WriteLine(text.ToString(CultureInfo.InvariantCulture));
}
