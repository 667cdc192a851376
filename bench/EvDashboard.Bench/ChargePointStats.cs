namespace EvDashboard.Bench;

/// <summary>
/// What one charge point observed. Written only by its own task; the progress printer reads the counters
/// from another thread, hence the interlocked updates (uncontended, so cheap).
/// </summary>
internal sealed class ChargePointStats(MeasurementWindow window)
{
    private readonly LatencyRecorder?[] _latencies = new LatencyRecorder?[OcppActions.Count];
    private long _answered;
    private long _callErrors;
    private long _samplesAcked;

    public long Answered => Volatile.Read(ref _answered);

    public long CallErrors => Volatile.Read(ref _callErrors);

    /// <summary>Sampled values in MeterValues that the server acknowledged, over the whole run.</summary>
    public long SamplesAcked => Volatile.Read(ref _samplesAcked);

    public long SamplesAckedInWindow { get; private set; }

    public long Timeouts { get; private set; }

    public long ConnectionFailures { get; private set; }

    public long ProtocolErrors { get; private set; }

    public long ServerCalls { get; private set; }

    public bool Connected { get; private set; }

    /// <summary>Connected, booted and prepared (for a storm: every message of its reconnection answered).</summary>
    public bool Ready { get; private set; }

    /// <summary>Stopwatch ticks from starting to connect until prepared; 0 until <see cref="Ready"/>.</summary>
    public long ReadyTicks { get; private set; }

    /// <summary>Stopwatch timestamp at which it was prepared.</summary>
    public long ReadyAt { get; private set; }

    public string? FirstError { get; private set; }

    public long Errors => CallErrors + Timeouts + ConnectionFailures + ProtocolErrors;

    public LatencyRecorder? Latencies(OcppAction action) => _latencies[(int)action];

    public void RecordCall(OcppAction action, long started, long answered, bool isError)
    {
        Interlocked.Increment(ref _answered);
        if (isError)
            Interlocked.Increment(ref _callErrors);
        if (window.Contains(answered))
            (_latencies[(int)action] ??= new LatencyRecorder()).Add(answered - started);
    }

    public void RecordSamplesAcked(int samples, long answered)
    {
        Interlocked.Add(ref _samplesAcked, samples);
        if (window.Contains(answered))
            SamplesAckedInWindow += samples;
    }

    public void RecordServerCall() => ServerCalls++;

    public void RecordConnected() => Connected = true;

    public void RecordReady(long connecting, long ready)
    {
        Ready = true;
        ReadyTicks = ready - connecting;
        ReadyAt = ready;
    }

    public void RecordCallError(string description) => RecordFirstError(description);

    public void RecordTimeout(string description)
    {
        Timeouts++;
        RecordFirstError(description);
    }

    public void RecordConnectionFailure(string description)
    {
        ConnectionFailures++;
        RecordFirstError(description);
    }

    public void RecordProtocolError(string description)
    {
        ProtocolErrors++;
        RecordFirstError(description);
    }

    private void RecordFirstError(string description) => FirstError ??= description;
}
