using EvDashboard.Core.Live;
using EvDashboard.Core.Sessions;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>
/// The pricing state of one running session: its frozen tariff and its timeline, loaded once from the ledger and then
/// extended by live events. Events that arrive while it loads are held and applied after the load, and each reading
/// or status is taken only when it is newer than the last one, so an event that the load already saw adds nothing.
/// The cost is recomputed lazily, at most once per <see cref="RecomputeInterval"/>: when the timeline changed, or
/// while the session is active (its time and idle components grow with the clock). Thread-safe.
/// </summary>
internal sealed class RunningSession
{
    public static readonly TimeSpan RecomputeInterval = TimeSpan.FromSeconds(1);

    private readonly object _gate = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<EnergyReading> _readings = [];
    private readonly List<StatusPoint> _statuses = [];
    private List<LiveEvent>? _pending = [];
    private RunningSessionStart? _start;
    private SessionStatus _status;
    private DateTimeOffset? _interruptedAt;
    private bool _completed;
    private bool _settled;
    private SessionCost? _cost;
    private DateTimeOffset _computedAt;
    private bool _changed;
    private long _lastReadTicks;
    private DateTimeOffset? _lastMeterAt;

    public RunningSession(int transactionId, string chargePointId, int connectorId, DateTimeOffset now)
    {
        TransactionId = transactionId;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        _lastReadTicks = now.UtcTicks;
    }

    public int TransactionId { get; }

    public string ChargePointId { get; }

    public int ConnectorId { get; }

    /// <summary>Completes once the session is loaded (or settled without a running cost).</summary>
    public Task Ready => _ready.Task;

    public DateTimeOffset LastReadAt => new(Interlocked.Read(ref _lastReadTicks), TimeSpan.Zero);

    public void Load(RunningSessionStart start, TimelineEvents events)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(events);
        lock (_gate)
        {
            _start = start;
            _status = start.Status;
            _interruptedAt = start.InterruptedAt;
            _readings.AddRange(events.Readings);
            _statuses.AddRange(events.Statuses);
            _lastMeterAt = events.Readings.Count > 0 ? events.Readings[^1].At : null;
            var pending = _pending ?? [];
            _pending = null;
            foreach (var liveEvent in pending)
            {
                Apply(liveEvent);
            }

            _changed = true;
        }

        _ready.TrySetResult();
    }

    /// <summary>From now on the answer is <paramref name="cost"/>: a final cost found while loading, or null when it cannot be priced.</summary>
    public void Settle(SessionCost? cost)
    {
        lock (_gate)
        {
            _settled = true;
            _cost = cost;
            _pending = null;
        }

        _ready.TrySetResult();
    }

    /// <returns>True when the session has completed: its running cost is over, the ledger holds the final one.</returns>
    public bool Apply(LiveEvent liveEvent)
    {
        lock (_gate)
        {
            if (_pending is not null)
            {
                _pending.Add(liveEvent);
                return false;
            }

            switch (liveEvent)
            {
                case SessionChanged changed:
                    ApplySession(changed);
                    break;
                case ConnectorStatusChanged status:
                    ApplyStatus(status);
                    break;
            }

            return _completed;
        }
    }

    /// <summary>The cost now; false when the session completed since it was loaded (read the final cost from the ledger).</summary>
    public bool TryGetCost(DateTimeOffset now, TimeZoneInfo zone, out SessionCost? cost)
    {
        Interlocked.Exchange(ref _lastReadTicks, now.UtcTicks);
        lock (_gate)
        {
            cost = null;
            if (_settled || _start is null)
            {
                cost = _cost;
                return _settled;
            }

            if (_completed)
            {
                return false;
            }

            var due = _cost is null || (now - _computedAt >= RecomputeInterval && (_changed || _status == SessionStatus.Active));
            if (due)
            {
                _cost = Compute(_start, now, zone);
                _computedAt = now;
                _changed = false;
            }

            cost = _cost;
            return true;
        }
    }

    private void ApplySession(SessionChanged changed)
    {
        if (changed.Status == SessionStatus.Completed)
        {
            _completed = true;
            return;
        }

        if (changed.Status == SessionStatus.Interrupted && _status != SessionStatus.Interrupted)
        {
            _interruptedAt = changed.At;
            _changed = true;
        }

        _status = changed.Status;
        if (changed.MeterAt is { } meterAt && (_lastMeterAt is null || meterAt > _lastMeterAt))
        {
            _lastMeterAt = meterAt;
            _changed = true;
        }

        // Only a register that moved: the event repeats the newest register with the time of any newer reading (power or SoC only).
        if (changed is { MeterAt: { } at, RegisterWh: { } wh } && (_readings.Count == 0 || (at > _readings[^1].At && wh != _readings[^1].RegisterWh)))
        {
            _readings.Add(new EnergyReading(at, wh));
            _changed = true;
        }
    }

    private void ApplyStatus(ConnectorStatusChanged status)
    {
        if (_statuses.Count > 0 && (status.At < _statuses[^1].At || (status.At == _statuses[^1].At && status.Status == _statuses[^1].Status)))
        {
            return;
        }

        _statuses.Add(new StatusPoint(status.At, status.Status));
        _changed = true;
    }

    private SessionCost Compute(RunningSessionStart start, DateTimeOffset now, TimeZoneInfo zone)
    {
        var lastReading = _readings.Count > 0 ? _readings[^1] : (EnergyReading?)null;
        var end = _status switch
        {
            // Idle by the connector's word: the idle fee grows with the clock.
            SessionStatus.Active when IsIdleStatus() => now,
            // Charging: priced as of the newest meter sample or status, so the time between two samples is not
            // mistaken for a flat register (docs/TARIFFS.md, running sessions); a flat reading still counts.
            SessionStatus.Active => Max(Max(_lastMeterAt ?? start.StartedAt, _statuses.Count > 0 ? _statuses[^1].At : start.StartedAt), start.StartedAt),
            // An interrupted session is not known to go on: it is priced up to its interruption (or a later reading), not to the clock.
            _ => Max(_interruptedAt ?? now, lastReading?.At ?? start.StartedAt),
        };
        var timeline = new SessionTimeline(start.StartedAt, start.MeterStartWh, end, lastReading?.RegisterWh ?? start.MeterStartWh, _readings, _statuses);
        var breakdown = TariffCalculator.Calculate(start.Definition, timeline, zone);
        return new SessionCost(TransactionId, IsFinal: false, start.TariffId, start.TariffName, start.TariffVersion, breakdown);
    }

    private bool IsIdleStatus() =>
        _statuses.Count > 0 && _statuses[^1].Status is Stations.ConnectorStatus.SuspendedEV or Stations.ConnectorStatus.Finishing;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
