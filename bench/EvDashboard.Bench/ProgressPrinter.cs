using System.Diagnostics;
using System.Globalization;

namespace EvDashboard.Bench;

/// <summary>Prints the answer rate and the error count since the last line, every few seconds.</summary>
internal sealed class ProgressPrinter(TextWriter output, IReadOnlyList<ChargePointStats> stats)
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private long _lastTick = Stopwatch.GetTimestamp();
    private long _lastAnswered;

    public long Due(TimeSpan interval) => _lastTick + (long)(interval.TotalSeconds * Stopwatch.Frequency);

    public void Print(long now, string phase)
    {
        var answered = stats.Sum(s => s.Answered);
        var rate = (answered - _lastAnswered) / Stopwatch.GetElapsedTime(_lastTick, now).TotalSeconds;
        var errors = stats.Sum(s => s.Errors);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {Stopwatch.GetElapsedTime(_started, now).TotalSeconds,6:0.0} s  {phase}  {rate,8:0} calls/s  errors {errors}"));
        _lastTick = now;
        _lastAnswered = answered;
    }
}
