namespace EvDashboard.Bench;

/// <summary>
/// Where every charge point waits, connected and prepared (or failed), so that the load starts together and
/// the connection phase does not leak into the measurement.
/// </summary>
internal sealed class StartLine(int expected)
{
    private readonly TaskCompletionSource _allArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _go = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task AllArrived => _allArrived.Task;

    public Task Go => _go.Task;

    /// <summary>The <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the load started.</summary>
    public long GoTimestamp { get; private set; }

    public void Arrive()
    {
        if (Interlocked.Increment(ref _arrived) == expected)
            _allArrived.TrySetResult();
    }

    public void Release()
    {
        GoTimestamp = System.Diagnostics.Stopwatch.GetTimestamp();
        _go.TrySetResult();
    }
}
