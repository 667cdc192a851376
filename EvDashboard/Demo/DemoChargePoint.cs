using System.Net.WebSockets;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Sites;

namespace EvDashboard.Demo;

/// <summary>
/// One simulated charge point: connects to the central system, boots, reports its connectors, then lives through
/// the day one input at a time (a tick, an operator command, a closed socket). It reconnects after a network loss,
/// reboots on Reset, and now and then drops the connection on purpose and boots again, as real chargers do.
/// </summary>
internal sealed class DemoChargePoint
{
    private static readonly TimeSpan MinBackoff = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AverageTimeBetweenReconnects = TimeSpan.FromMinutes(20);

    private readonly DemoModel _model;
    private readonly Random _random;
    private readonly DemoConfiguration _configuration;
    private readonly DemoConnector[] _connectors;
    private readonly DemoServerCalls _serverCalls;
    private readonly IDemoTransport _transport;
    private readonly TimeProvider _time;
    private readonly SiteClock _site;
    private readonly ILogger _logger;
    private bool _booted;
    private bool _firstWaveScheduled;
    private DateTimeOffset _nextHeartbeat;
    private DateTimeOffset _nextReconnect;

    public DemoChargePoint(string id, DemoModel model, int seed, int meterIntervalSeconds, IDemoTransport transport, TimeProvider time, SiteClock site, ILogger logger)
    {
        Id = id;
        _model = model;
        _random = new Random(seed);
        _configuration = new DemoConfiguration(model.Connectors, meterIntervalSeconds);
        _connectors = [.. Enumerable.Range(1, model.Connectors).Select(c => new DemoConnector(c, model, _random, _configuration))];
        _serverCalls = new DemoServerCalls(_connectors, _configuration, new DemoLocalList());
        _transport = transport;
        _time = time;
        _site = site;
        _logger = logger;
    }

    public string Id { get; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var backoff = MinBackoff;
        while (!cancellationToken.IsCancellationRequested)
        {
            WebSocket socket;
            try
            {
                socket = await _transport.ConnectAsync(Id, cancellationToken);
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or IOException or InvalidOperationException)
            {
                DemoLog.ConnectFailed(_logger, Id, backoff.TotalSeconds, e.Message);
                await Task.Delay(backoff, _time, cancellationToken);
                backoff = TimeSpan.FromTicks(Math.Min(backoff.Ticks * 2, MaxBackoff.Ticks));
                continue;
            }

            backoff = MinBackoff;
            TimeSpan pause;
            await using (var link = new DemoLink(socket, _time))
            {
                pause = await RunConnectedAsync(link, cancellationToken);
            }

            await Task.Delay(pause, _time, cancellationToken);
        }
    }

    /// <summary>Runs one connection until it ends; returns how long to wait before connecting again.</summary>
    private async Task<TimeSpan> RunConnectedAsync(DemoLink link, CancellationToken cancellationToken)
    {
        try
        {
            await StartConnectionAsync(link, cancellationToken);
            while (true)
            {
                var input = await link.ReadAsync(cancellationToken);
                var now = _time.GetUtcNow();
                switch (input.Kind)
                {
                    case DemoInputKind.Closed:
                        DemoLog.ConnectionLost(_logger, Id);
                        return Seconds(2, 6);
                    case DemoInputKind.ServerCall:
                        if (await HandleServerCallAsync(link, input.Call!, now, cancellationToken) is { } rebootPause)
                        {
                            return rebootPause;
                        }

                        break;
                    default:
                        await StepAsync(link, now, cancellationToken);
                        if (now >= _nextReconnect && _connectors.All(c => c.TransactionId is null))
                        {
                            DemoLog.Reconnecting(_logger, Id);
                            await link.CloseAsync(cancellationToken);
                            _booted = false;
                            return Seconds(3, 9);
                        }

                        break;
                }
            }
        }
        catch (DemoLinkClosedException e)
        {
            DemoLog.CallFailed(_logger, Id, e.Message);
            return Seconds(2, 6);
        }
        catch (InvalidOperationException e)
        {
            // A CALLERROR or an answer that makes no sense: start over with a clean boot.
            DemoLog.CallFailed(_logger, Id, e.Message);
            await link.CloseAsync(cancellationToken);
            _booted = false;
            return TimeSpan.FromSeconds(10);
        }
    }

    private async Task StartConnectionAsync(DemoLink link, CancellationToken cancellationToken)
    {
        if (!_booted)
        {
            await BootAsync(link, cancellationToken);
        }

        var now = _time.GetUtcNow();
        await link.StatusAsync(new StatusNotificationRequest { ConnectorId = 0, Status = ChargePointStatus.Available, ErrorCode = ChargePointErrorCode.NoError, Timestamp = now }, cancellationToken);
        foreach (var connector in _connectors)
        {
            await connector.ReportAsync(link, now, cancellationToken);
        }

        if (!_firstWaveScheduled)
        {
            ScheduleFirstWave(now);
            _firstWaveScheduled = true;
        }

        _nextReconnect = now + Exponential(AverageTimeBetweenReconnects, minimum: TimeSpan.FromMinutes(5));
    }

    /// <summary>OCPP 1.6 §4.2: nothing but BootNotification until it is Accepted; Pending or Rejected wait the interval.</summary>
    private async Task BootAsync(DemoLink link, CancellationToken cancellationToken)
    {
        while (true)
        {
            var response = await link.BootAsync(Id, _model, cancellationToken);
            if (response.Status == RegistrationStatus.Accepted)
            {
                _configuration.AcceptHeartbeatInterval(response.Interval);
                _nextHeartbeat = _time.GetUtcNow() + _configuration.HeartbeatInterval;
                _booted = true;
                DemoLog.Booted(_logger, Id, _model.Name);
                return;
            }

            await Task.Delay(TimeSpan.FromSeconds(Math.Max(10, response.Interval)), _time, cancellationToken);
        }
    }

    /// <summary>Answers the command and does what it asks; returns the pause before reconnecting when it was a Reset.</summary>
    private async Task<TimeSpan?> HandleServerCallAsync(DemoLink link, OcppCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        switch (await _serverCalls.HandleAsync(link, call, now, cancellationToken))
        {
            case DemoFollowUp.Step:
                await StepAsync(link, now, cancellationToken);
                return null;
            case DemoFollowUp.Boot:
                await BootAsync(link, cancellationToken);
                return null;
            case DemoFollowUp.SoftReset:
                return await RebootAsync(link, Reason.SoftReset, now, cancellationToken);
            case DemoFollowUp.HardReset:
                return await RebootAsync(link, Reason.HardReset, now, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>OCPP 1.6 §5.14: running sessions are stopped with the reset as reason, then the charger restarts.</summary>
    private async Task<TimeSpan> RebootAsync(DemoLink link, Reason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        DemoLog.Resetting(_logger, Id, reason);
        foreach (var connector in _connectors)
        {
            await connector.StopNowAsync(link, reason, now, cancellationToken);
        }

        await link.CloseAsync(cancellationToken);
        foreach (var connector in _connectors)
        {
            connector.Reboot(now);
        }

        _booted = false;
        return Seconds(5, 11);
    }

    private async Task StepAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var localHour = _site.ToLocal(now).Hour;
        foreach (var connector in _connectors)
        {
            await connector.StepAsync(link, now, localHour, cancellationToken);
        }

        if (now >= _nextHeartbeat)
        {
            await link.HeartbeatAsync(cancellationToken);
            _nextHeartbeat = now + _configuration.HeartbeatInterval;
        }
    }

    /// <summary>
    /// The first connector of every charge point gets a known driver within seconds, so a fresh demo charges at
    /// once; the others join by the hour's occupancy.
    /// </summary>
    private void ScheduleFirstWave(DateTimeOffset now)
    {
        var hour = _site.ToLocal(now).Hour;
        var occupancy = DemoDayProfile.TargetOccupancy(hour);
        foreach (var connector in _connectors)
        {
            if (connector.ConnectorId == 1 || _random.NextDouble() < occupancy)
            {
                connector.ScheduleArrival(now, Seconds(1, 8), knownDriver: true);
            }
            else
            {
                connector.ScheduleArrival(now, DemoDayProfile.IdleGap(_random, hour), knownDriver: false);
            }
        }
    }

    private TimeSpan Seconds(int min, int maxExclusive) => TimeSpan.FromSeconds(_random.Next(min, maxExclusive));

    private TimeSpan Exponential(TimeSpan mean, TimeSpan minimum) =>
        TimeSpan.FromSeconds(Math.Max(minimum.TotalSeconds, -Math.Log(1 - _random.NextDouble()) * mean.TotalSeconds));
}
