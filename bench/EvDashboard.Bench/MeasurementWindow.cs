using System.Diagnostics;

namespace EvDashboard.Bench;

/// <summary>
/// The interval, after warm-up, in which answered calls are counted. Until it is opened nothing is measured.
/// A call belongs to the window when its answer arrives inside it.
/// </summary>
internal sealed class MeasurementWindow
{
    private long _start = long.MaxValue;
    private long _end = long.MaxValue;

    public long Start => Volatile.Read(ref _start);

    public long End => Volatile.Read(ref _end);

    public TimeSpan Length => Stopwatch.GetElapsedTime(Start, End);

    public void Open(long start, TimeSpan length)
    {
        Volatile.Write(ref _end, start + (long)(length.TotalSeconds * Stopwatch.Frequency));
        Volatile.Write(ref _start, start);
    }

    /// <summary>Ends the window early (the run was interrupted).</summary>
    public void Close(long end) => Volatile.Write(ref _end, Math.Max(Start, end));

    public bool Contains(long timestamp) => timestamp >= Start && timestamp < End;
}
