namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// What a rollup GROUP BY row, and later a report row, is keyed by: a text part (charge point id, idTag group) and a
/// number part (day number, connector id, tariff id, period index). Unused parts are "" and 0.
/// </summary>
internal readonly record struct ReportKey(string Text, long Number)
{
    public static readonly ReportKey Whole = new(string.Empty, 0);
}
