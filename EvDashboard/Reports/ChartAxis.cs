using System.Globalization;
using PdfSharp.Drawing;

namespace EvDashboard.Reports;

/// <summary>The y axis: round steps (1, 2, 2.5, 5 × 10ⁿ) covering the values and zero.</summary>
internal sealed record ChartAxis(double Min, double Max, double Step, string? Unit)
{
    public IEnumerable<double> Ticks
    {
        get
        {
            for (var i = 0; Min + (i * Step) <= Max + (Step / 1000); i++)
            {
                yield return Math.Round(Min + (i * Step), 10);
            }
        }
    }

    public static ChartAxis For(IEnumerable<double> values, string? unit)
    {
        var list = values.DefaultIfEmpty(0).ToList();
        var low = Math.Min(0, list.Min());
        var high = Math.Max(0, list.Max());
        if (high - low <= 0)
        {
            high = low + 1;
        }

        var raw = (high - low) / 4;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        return new ChartAxis(Math.Floor(low / step) * step, Math.Ceiling(high / step) * step, step, unit);
    }

    public double Y(double value, XRect plot) => plot.Bottom - ((value - Min) / (Max - Min) * plot.Height);

    public string Label(double value)
    {
        var decimals = Step >= 1 ? 0 : (int)Math.Ceiling(-Math.Log10(Step));
        var number = value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return string.IsNullOrEmpty(Unit) ? number : $"{number} {Unit}";
    }
}
