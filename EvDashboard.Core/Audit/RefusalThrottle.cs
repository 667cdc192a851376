using System.Collections.Concurrent;

namespace EvDashboard.Core.Audit;

/// <summary>
/// Refused requests from outside (a charger's handshake with a wrong key, an unknown id, a dead display link) are
/// audited, but anyone can send them: without a limit a scanner could make the app write to the database as fast as
/// it can connect. So the same refusal (what, target, address) is recorded at most once per <see cref="Window"/>,
/// and at most <see cref="MaxPerWindow"/> refusals in all per window. Every refusal is still logged.
/// </summary>
public sealed class RefusalThrottle(TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public const int MaxPerWindow = 120;

    private const int MaxKeys = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastRecorded = new(StringComparer.Ordinal);
    private readonly Lock _window = new();
    private DateTimeOffset _windowStart;
    private int _recordedInWindow;

    /// <summary>True when this refusal should get an audit entry now.</summary>
    public bool ShouldRecord(string action, string? target, string? remoteAddress)
    {
        var now = time.GetUtcNow();
        var key = $"{action}\n{target}\n{remoteAddress}";
        if (_lastRecorded.TryGetValue(key, out var last) && now - last < Window)
        {
            return false;
        }

        lock (_window)
        {
            if (now - _windowStart >= Window)
            {
                (_windowStart, _recordedInWindow) = (now, 0);
            }

            if (_recordedInWindow >= MaxPerWindow)
            {
                return false;
            }

            _recordedInWindow++;
        }

        if (_lastRecorded.Count >= MaxKeys)
        {
            _lastRecorded.Clear();
        }

        _lastRecorded[key] = now;
        return true;
    }
}
