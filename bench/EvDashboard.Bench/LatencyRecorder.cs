namespace EvDashboard.Bench;

/// <summary>
/// Keeps every latency (in <see cref="System.Diagnostics.Stopwatch"/> ticks) so percentiles are exact, not
/// estimated. Storage grows in chunks that double up to a cap, so recording allocates only now and then.
/// </summary>
internal sealed class LatencyRecorder
{
    private const int FirstChunkSize = 256;
    private const int MaxChunkSize = 64 * 1024;

    private readonly List<long[]> _chunks = [];
    private long[] _current = [];
    private int _used;

    public int Count { get; private set; }

    public void Add(long ticks)
    {
        if (_used == _current.Length)
        {
            _current = new long[_current.Length == 0 ? FirstChunkSize : Math.Min(_current.Length * 2, MaxChunkSize)];
            _chunks.Add(_current);
            _used = 0;
        }

        _current[_used++] = ticks;
        Count++;
    }

    /// <summary>Copies all values to <paramref name="destination"/> and returns how many were copied.</summary>
    public int CopyTo(Span<long> destination)
    {
        var copied = 0;
        foreach (var chunk in _chunks)
        {
            var length = ReferenceEquals(chunk, _current) ? _used : chunk.Length;
            chunk.AsSpan(0, length).CopyTo(destination[copied..]);
            copied += length;
        }

        return copied;
    }
}
