using System.Globalization;

namespace EvDashboard.Bench;

/// <summary>
/// Writes the ack log (<c>--ack-log FILE</c>): one tab-separated row per acknowledged transaction, so that a crash
/// test can check the database against what the server promised. Timestamps are given both as ISO 8601 and as
/// UTC ticks, the unit the server stores them in.
/// </summary>
internal static class AckLogWriter
{
    public const string Header = "charge_point_id\ttransaction_id\tmeter_values\tsamples\tlast_register_wh\tlast_timestamp\tlast_timestamp_ticks";

    /// <summary>Does nothing without <see cref="BenchOptions.AckLog"/>; otherwise (over)writes the file.</summary>
    public static async Task WriteAsync(BenchOptions options, IReadOnlyList<ChargePointStats> stats, CancellationToken cancellationToken)
    {
        if (options.AckLog is null)
            return;
        await using var writer = new StreamWriter(options.AckLog, append: false);
        foreach (var line in Lines(options, stats))
            await writer.WriteLineAsync(line.AsMemory(), cancellationToken);
    }

    public static IEnumerable<string> Lines(BenchOptions options, IReadOnlyList<ChargePointStats> stats)
    {
        yield return Header;
        for (var i = 0; i < stats.Count; i++)
        {
            var id = options.ChargePointId(i + 1);
            foreach (var t in stats[i].Acks.Transactions)
                yield return Row(id, t);
        }
    }

    private static string Row(string chargePointId, AckedTransaction t) => string.Create(
        CultureInfo.InvariantCulture,
        $"{chargePointId}\t{t.TransactionId}\t{t.MeterValues}\t{t.Samples}\t{t.LastRegisterWh}\t{t.LastTimestamp:yyyy-MM-ddTHH:mm:ss.fffZ}\t{t.LastTimestamp?.Ticks}");
}
