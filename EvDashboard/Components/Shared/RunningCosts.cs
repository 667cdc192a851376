using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Components.Shared;

/// <summary>
/// The costs of the sessions a live page shows. A running cost moves with time as well as with meter samples
/// (charging-time and idle fees), so pages re-read it on their clock tick; this keeps that to one read at a time and
/// at most one a second, however often the page ticks or how many events arrive.
/// </summary>
internal sealed class RunningCosts(ISessionCosts costs, TimeProvider time, ILogger logger)
{
    // A one-second timer may fire a little early; a read a few milliseconds short of a second apart is still welcome.
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(900);

    private DateTimeOffset _lastRead = DateTimeOffset.MinValue;
    private bool _reading;

    public IReadOnlyDictionary<int, SessionCost> Current { get; private set; } = new Dictionary<int, SessionCost>();

    /// <summary>The session's cost; null when it is unpriced or not read yet.</summary>
    public SessionCost? For(int? transactionId) =>
        transactionId is { } id && Current.TryGetValue(id, out var cost) ? cost : null;

    /// <summary>Reads the costs of <paramref name="transactionIds"/> unless a read ran less than a second ago; true when read.</summary>
    public async Task<bool> RefreshAsync(IReadOnlyCollection<int> transactionIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_reading || now - _lastRead < MinInterval)
        {
            return false;
        }

        _reading = true;
        _lastRead = now;
        try
        {
            Current = transactionIds.Count == 0
                ? new Dictionary<int, SessionCost>()
                : await costs.GetManyAsync(transactionIds, cancellationToken);
            return true;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (Exception ex)
        {
            // The amounts on screen stay as they were; the next tick tries again.
            ComponentLog.CostReadFailed(logger, ex);
            return false;
        }
        finally
        {
            _reading = false;
        }
    }
}
