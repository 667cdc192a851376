using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>
/// One connector of a simulated charge point, moved on once a second by its charge point's loop: cars arrive,
/// authorise, charge along the battery's curve, leave; now and then the connector faults or derates. Operator
/// commands only set what should happen; the next step does it, after the command has been answered.
/// </summary>
internal sealed class DemoConnector(int connectorId, DemoModel model, Random random, DemoConfiguration configuration)
{
    private const double FaultsPerSecond = 1.0 / (90 * 60);
    private const double DeratesPerSecond = 1.0 / (60 * 60);

    private readonly DemoMeter _meter = new(model, random, configuration);
    private DemoVehicle? _vehicle;
    private string? _idTag;
    private string? _remoteIdTag;
    private string? _nextIdTag;
    private StopTransactionRequest? _unsentStop;
    private bool _giveUp;
    private Reason? _stopRequested;
    private DateTimeOffset _phaseUntil;
    private DateTimeOffset _dwellUntil;
    private DateTimeOffset _nextArrival;
    private (ChargePointErrorCode Code, string? VendorCode, string? Info) _error = (ChargePointErrorCode.NoError, null, null);

    public int ConnectorId { get; } = connectorId;

    public DemoPhase Phase { get; private set; }

    public int? TransactionId { get; private set; }

    /// <summary>Set by ChangeAvailability; survives a reboot, as OCPP 1.6 §5.2 wants.</summary>
    public bool Inoperative { get; private set; }

    /// <summary>Sets when the next car comes; a known driver's when <paramref name="knownDriver"/> (the first wave must charge).</summary>
    public void ScheduleArrival(DateTimeOffset now, TimeSpan after, bool knownDriver)
    {
        _nextArrival = now + after;
        _nextIdTag = knownDriver ? DemoIdTags.PickAccepted(random) : null;
    }

    /// <summary>Possible on a free connector, or one where a car waits (Preparing) before its session began.</summary>
    public bool RequestRemoteStart(string idTag)
    {
        var possible = !Inoperative && TransactionId is null && Phase is DemoPhase.Idle or DemoPhase.Arriving;
        _remoteIdTag = possible ? idTag : _remoteIdTag;
        return possible;
    }

    public bool RequestStop(Reason reason)
    {
        _stopRequested = TransactionId is null ? _stopRequested : reason;
        return TransactionId is not null;
    }

    /// <summary>Inoperative while a session runs is Scheduled: it takes effect when the session ends (OCPP 1.6 §5.2).</summary>
    public AvailabilityStatus ChangeAvailability(AvailabilityType type)
    {
        Inoperative = type == AvailabilityType.Inoperative;
        return Inoperative && TransactionId is not null ? AvailabilityStatus.Scheduled : AvailabilityStatus.Accepted;
    }

    public UnlockStatus Unlock()
    {
        if (Phase == DemoPhase.Faulted && _error.Code == ChargePointErrorCode.ConnectorLockFailure)
        {
            return UnlockStatus.UnlockFailed;
        }

        RequestStop(Reason.UnlockCommand);
        return UnlockStatus.Unlocked;
    }

    /// <summary>After a reboot the cars are gone and the connector starts over as Available (or Unavailable).</summary>
    public void Reboot(DateTimeOffset now)
    {
        (Phase, TransactionId, _vehicle, _idTag, _remoteIdTag, _stopRequested, _giveUp) = (DemoPhase.Idle, null, null, null, null, null, false);
        _error = (ChargePointErrorCode.NoError, null, null);
        _nextArrival = now + TimeSpan.FromSeconds(random.Next(5, 30));
    }

    /// <summary>Tells the central system where this connector is (after a boot or a reconnect, or when asked).</summary>
    public Task ReportAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var status = Inoperative && Phase == DemoPhase.Idle ? ChargePointStatus.Unavailable : Phase.ToStatus();
        return link.StatusAsync(
            new StatusNotificationRequest
            {
                ConnectorId = ConnectorId,
                Status = status,
                ErrorCode = _error.Code,
                Info = _error.Info,
                VendorId = _error.VendorCode is null ? null : DemoMessages.VendorId,
                VendorErrorCode = _error.VendorCode,
                Timestamp = now,
            },
            cancellationToken);
    }

    public Task SendMeterValuesAsync(DemoLink link, DateTimeOffset now, string context, CancellationToken cancellationToken) =>
        _meter.SendAsync(link, ConnectorId, TransactionId, _vehicle, now, context, cancellationToken);

    /// <summary>Ends the running session at once (a reset): StopTransaction, then the connector is free.</summary>
    public async Task StopNowAsync(DemoLink link, Reason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (TransactionId is { } transactionId)
        {
            _meter.Advance(Phase == DemoPhase.Charging ? _vehicle : null, now);
            (TransactionId, _vehicle, Phase, _phaseUntil) = (null, null, DemoPhase.Leaving, now);
            await SendStopAsync(link, _meter.Stop(transactionId, null, reason, now), cancellationToken);
        }
    }

    public async Task StepAsync(DemoLink link, DateTimeOffset now, int localHour, CancellationToken cancellationToken)
    {
        _meter.Advance(Phase == DemoPhase.Charging ? _vehicle : null, now);
        if (_unsentStop is { } unsent)
        {
            await SendStopAsync(link, unsent, cancellationToken);
        }

        if (_stopRequested is { } reason && TransactionId is not null)
        {
            await StopAsync(link, reason, now, cancellationToken);
            return;
        }

        await (Phase switch
        {
            DemoPhase.Idle => IdleAsync(link, now, cancellationToken),
            DemoPhase.Arriving => ArrivingAsync(link, now, localHour, cancellationToken),
            DemoPhase.Charging => ChargingAsync(link, now, cancellationToken),
            DemoPhase.Full => FullAsync(link, now, cancellationToken),
            DemoPhase.Derated => DeratedAsync(link, now, cancellationToken),
            DemoPhase.Unavailable => Inoperative ? Task.CompletedTask : FreeAsync(link, now, localHour, cancellationToken),
            _ => now >= _phaseUntil ? FreeAsync(link, now, localHour, cancellationToken) : Task.CompletedTask,
        });
    }

    private Task IdleAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Inoperative)
        {
            return EnterAsync(link, DemoPhase.Unavailable, now, now, cancellationToken);
        }

        if (_remoteIdTag is not null || now >= _nextArrival)
        {
            _vehicle = DemoVehicle.Arrive(random, model.IsDc);
            _idTag = _remoteIdTag ?? _nextIdTag ?? DemoIdTags.Pick(random);
            _nextIdTag = null;
            _giveUp = false;
            return EnterAsync(link, DemoPhase.Arriving, now, now + TimeSpan.FromSeconds(random.Next(2, 6)), cancellationToken);
        }

        return Chance(FaultsPerSecond) ? FaultAsync(link, now, cancellationToken) : Task.CompletedTask;
    }

    private async Task ArrivingAsync(DemoLink link, DateTimeOffset now, int localHour, CancellationToken cancellationToken)
    {
        if (_remoteIdTag is not null)
        {
            _giveUp = false;
        }
        else if (now < _phaseUntil && !Inoperative)
        {
            return;
        }

        if (_giveUp || Inoperative)
        {
            // The driver was refused, or the connector was taken out of service before charging began.
            _vehicle = null;
            _remoteIdTag = null;
            await FreeAsync(link, now, localHour, cancellationToken);
            return;
        }

        // OCPP 1.6 AuthorizeRemoteTxRequests is false here: a remote start needs no Authorize.
        var remote = _remoteIdTag is not null;
        _idTag = _remoteIdTag ?? _idTag!;
        _remoteIdTag = null;
        if (!remote && await link.AuthorizeAsync(_idTag, cancellationToken) != AuthorizationStatus.Accepted)
        {
            // The driver tries again, gives up and unplugs.
            _giveUp = true;
            _phaseUntil = now + TimeSpan.FromSeconds(random.Next(4, 11));
            return;
        }

        var response = await link.StartAsync(_meter.Start(ConnectorId, _idTag, now), cancellationToken);
        TransactionId = response.TransactionId;
        if (response.IdTagInfo.Status != AuthorizationStatus.Accepted)
        {
            await StopAsync(link, Reason.DeAuthorized, now, cancellationToken);
            return;
        }

        var stay = model.IsDc ? random.Next(12, 36) : random.Next(15, 76);
        _dwellUntil = now + TimeSpan.FromMinutes(stay) + TimeSpan.FromSeconds(random.Next(60));
        await EnterAsync(link, DemoPhase.Charging, now, _dwellUntil, cancellationToken);
        await SendMeterValuesAsync(link, now, DemoMeter.BeginContext, cancellationToken);
    }

    private async Task ChargingAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _meter.SendIfDueAsync(link, ConnectorId, TransactionId, _vehicle, now, cancellationToken);
        if (_vehicle!.IsFull)
        {
            // A DC driver comes back soon after the car is done; an AC car sits there until its driver returns.
            var until = model.IsDc ? now + TimeSpan.FromSeconds(random.Next(5, 21)) : _dwellUntil;
            await EnterAsync(link, DemoPhase.Full, now, until, cancellationToken);
        }
        else if (now >= _dwellUntil)
        {
            await StopAsync(link, Reason.Local, now, cancellationToken);
        }
        else if (Chance(DeratesPerSecond))
        {
            _error = (ChargePointErrorCode.NoError, null, "Derating: cabinet temperature");
            await EnterAsync(link, DemoPhase.Derated, now, now + TimeSpan.FromSeconds(random.Next(20, 61)), cancellationToken);
        }
        else if (Chance(FaultsPerSecond))
        {
            await StopAsync(link, Reason.Other, now, cancellationToken);
            await FaultAsync(link, now, cancellationToken);
        }
    }

    private async Task FullAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _meter.SendIfDueAsync(link, ConnectorId, TransactionId, _vehicle, now, cancellationToken);
        if (now >= _phaseUntil)
        {
            await StopAsync(link, model.IsDc ? Reason.EVDisconnected : Reason.Local, now, cancellationToken);
        }
    }

    private async Task DeratedAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await _meter.SendIfDueAsync(link, ConnectorId, TransactionId, _vehicle, now, cancellationToken);
        if (now >= _phaseUntil)
        {
            _error = (ChargePointErrorCode.NoError, null, null);
            await EnterAsync(link, DemoPhase.Charging, now, _dwellUntil, cancellationToken);
        }
    }

    private async Task StopAsync(DemoLink link, Reason reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var transactionId = TransactionId!.Value;
        TransactionId = null;
        _stopRequested = null;
        _vehicle = null;
        _error = (ChargePointErrorCode.NoError, null, null);
        var idTag = reason is Reason.Local or Reason.DeAuthorized ? _idTag : null;
        await SendStopAsync(link, _meter.Stop(transactionId, idTag, reason, now), cancellationToken);
        await EnterAsync(link, DemoPhase.Leaving, now, now + TimeSpan.FromSeconds(random.Next(5, 21)), cancellationToken);
    }

    /// <summary>A stop that could not be sent goes out after the reconnect, as a charger queues transaction messages: no session is left open.</summary>
    private async Task SendStopAsync(DemoLink link, StopTransactionRequest request, CancellationToken cancellationToken)
    {
        _unsentStop = request;
        await link.StopAsync(request, cancellationToken);
        _unsentStop = null;
    }

    private Task FaultAsync(DemoLink link, DateTimeOffset now, CancellationToken cancellationToken)
    {
        _error = DemoFaults.Pick(random);
        return EnterAsync(link, DemoPhase.Faulted, now, now + TimeSpan.FromSeconds(random.Next(30, 121)), cancellationToken);
    }

    /// <summary>The car has gone or the fault has cleared: free again, and the next car comes by the day's profile.</summary>
    private Task FreeAsync(DemoLink link, DateTimeOffset now, int localHour, CancellationToken cancellationToken)
    {
        _error = (ChargePointErrorCode.NoError, null, null);
        _nextArrival = now + DemoDayProfile.IdleGap(random, localHour);
        return EnterAsync(link, Inoperative ? DemoPhase.Unavailable : DemoPhase.Idle, now, now, cancellationToken);
    }

    private Task EnterAsync(DemoLink link, DemoPhase phase, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken)
    {
        Phase = phase;
        _phaseUntil = until;
        return ReportAsync(link, now, cancellationToken);
    }

    private bool Chance(double perSecond) => random.NextDouble() < perSecond;
}
