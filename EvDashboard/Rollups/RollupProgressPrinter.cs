using System.Globalization;
using EvDashboard.Core.Revenue.Rollups;

namespace EvDashboard.Rollups;

/// <summary>Prints a rebuild's or verify's progress every tenth of the way (synchronously, in order, unlike Progress&lt;T&gt;).</summary>
internal sealed class RollupProgressPrinter(TextWriter output, string verb) : IProgress<RollupProgress>
{
    private int _reported = -1;

    public void Report(RollupProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var tenth = value.DaysDone * 10 / Math.Max(1, value.DaysTotal);
        if (tenth == _reported)
        {
            return;
        }

        _reported = tenth;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {value.DaysDone,5:N0} / {value.DaysTotal:N0} days {verb}, {value.Rows:N0} rows, {value.Elapsed.TotalSeconds:F1} s"));
    }
}
