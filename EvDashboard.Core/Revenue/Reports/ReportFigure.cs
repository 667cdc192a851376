namespace EvDashboard.Core.Revenue.Reports;

/// <summary>A headline figure of the range (e.g. gross revenue), with the comparison period's value when one was asked for.</summary>
public sealed record ReportFigure(string Title, decimal Value, string Unit, int Decimals, decimal? Previous = null)
{
    /// <summary>Change against the comparison period in percent; null without a comparison or when the previous value is 0.</summary>
    public decimal? ChangePercent => Previous is { } previous && previous != 0 ? Math.Round((Value - previous) * 100m / Math.Abs(previous), 1, MidpointRounding.AwayFromZero) : null;
}
