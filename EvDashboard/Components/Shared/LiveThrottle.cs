namespace EvDashboard.Components.Shared;

/// <summary>
/// Runs an action at most once per interval: the first request runs at once (low latency for a
/// single event), requests during the interval collapse into one run at its end (bounded work in a burst).
/// </summary>
internal sealed class LiveThrottle(TimeSpan interval, Func<Task> action, TimeProvider time, ILogger logger) : IDisposable
{
    private readonly Lock _gate = new();
    private DateTimeOffset _lastRun = DateTimeOffset.MinValue;
    private bool _scheduled;
    private bool _disposed;
    private ITimer? _timer;

    public void Request()
    {
        TimeSpan due;
        lock (_gate)
        {
            if (_scheduled || _disposed)
            {
                return;
            }

            _scheduled = true;
            due = _lastRun + interval - time.GetUtcNow();
            if (due > TimeSpan.Zero)
            {
                _timer?.Dispose();
                _timer = time.CreateTimer(_ => Run(), null, due, Timeout.InfiniteTimeSpan);
                return;
            }
        }

        Run();
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _timer?.Dispose();
        }
    }

    private void Run()
    {
        lock (_gate)
        {
            _scheduled = false;
            _lastRun = time.GetUtcNow();
            if (_disposed)
            {
                return;
            }
        }

        _ = RunSafelyAsync();
    }

    private async Task RunSafelyAsync()
    {
        try
        {
            await action();
        }
        catch (ObjectDisposedException)
        {
            // The circuit went away between the request and the run.
        }
        catch (Exception ex)
        {
            LiveLog.RenderFailed(logger, ex);
        }
    }
}
