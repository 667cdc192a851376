using EvDashboard.Core.Identity;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Sessions;

/// <summary>
/// A charging session (OCPP's transaction). It guards its own state: it starts Active, may be
/// Interrupted (reboot, superseded), and becomes Completed exactly once, by a StopTransaction.
/// Its meter samples and the connector's status history form its timeline.
/// </summary>
public sealed class ChargingSession
{
    public const int MaxStopReasonLength = 20;

    private ChargingSession()
    {
        ChargePointId = string.Empty;
        IdTag = string.Empty;
    }

    private ChargingSession(SessionStart start)
    {
        ChargePointId = start.ChargePointId;
        ConnectorId = start.ConnectorId;
        IdTag = start.IdTag;
        StartAuthorization = start.Authorization;
        ReservationId = start.ReservationId;
        StartedAt = start.Timestamp;
        MeterStartWh = start.MeterStartWh;
        StartReceivedAt = start.ReceivedAt;
        Status = SessionStatus.Active;
        Warnings = start.Authorization == AuthorizationOutcome.Accepted ? SessionWarnings.None : SessionWarnings.TagNotAccepted;
    }

    /// <summary>Assigned by the central system when the session is stored (OCPP 1.6: transactionId is the CSMS's integer).</summary>
    public int TransactionId { get; private set; }

    public string ChargePointId { get; private set; }

    public int ConnectorId { get; private set; }

    public string IdTag { get; private set; }

    public AuthorizationOutcome StartAuthorization { get; private set; }

    public int? ReservationId { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public long MeterStartWh { get; private set; }

    public DateTimeOffset StartReceivedAt { get; private set; }

    public SessionStatus Status { get; private set; }

    public SessionWarnings Warnings { get; private set; }

    public DateTimeOffset? InterruptedAt { get; private set; }

    public string? InterruptionReason { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public long? MeterStopWh { get; private set; }

    public string? StopReason { get; private set; }

    public string? StopIdTag { get; private set; }

    public DateTimeOffset? StopReceivedAt { get; private set; }

    /// <summary>The newest energy register reading (by the charger's timestamp).</summary>
    public long? LastMeterWh { get; private set; }

    public DateTimeOffset? LastMeterAt { get; private set; }

    /// <summary>Charging rate: Power.Active.Import when sent, otherwise derived from the energy register over time.</summary>
    public long? LastPowerW { get; private set; }

    public int? LastSocPercent { get; private set; }

    /// <summary>Energy delivered: meterStop − meterStart when stopped, else the newest register reading − meterStart; never negative.</summary>
    public long EnergyWh { get; private set; }

    /// <summary>The idTag's group (parent idTag) when the session started: statements and group tariffs use it.</summary>
    public string? TagGroup { get; private set; }

    /// <summary>The tariff version in force when the session started, frozen for its whole life; null when no tariff applied.</summary>
    public int? TariffVersionId { get; private set; }

    /// <summary>The final cost, set once when the session completes; a later correction is a credit note, never a change here.</summary>
    public string? CostCurrency { get; private set; }

    public long? CostNetMinor { get; private set; }

    public long? CostVatMinor { get; private set; }

    public long? CostTotalMinor { get; private set; }

    /// <summary>The final cost's lines (<see cref="TariffJson"/>).</summary>
    public string? CostBreakdownJson { get; private set; }

    public DateTimeOffset? CostComputedAt { get; private set; }

    public bool IsPriced => CostTotalMinor is not null;

    /// <summary>Closed by the reconciler (a stuck session), not by the charger's StopTransaction; its end is the last meter reading.</summary>
    public bool ClosedBySystem { get; private set; }

    /// <summary>The session this one continues (an interrupted session started again for the same driver); null for a first session.</summary>
    public int? ContinuesTransactionId { get; private set; }

    /// <summary>
    /// The first session of this session's continuation chain: the billing session that gets the one receipt.
    /// Null for a session that is not part of a chain (it is its own billing session).
    /// </summary>
    public int? ChainRootId { get; private set; }

    /// <summary>While set and in the future, the session may still be continued, so its (chain's) receipt waits.</summary>
    public DateTimeOffset? ReceiptHeldUntil { get; private set; }

    public static ChargingSession Start(SessionStart start)
    {
        ArgumentNullException.ThrowIfNull(start);
        if (start.ConnectorId < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(start), "A session runs on connector 1 or higher.");
        }

        if (start.MeterStartWh < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(start), "meterStart cannot be negative.");
        }

        return new ChargingSession(start);
    }

    /// <summary>True when a StartTransaction is the one that created this session (a resend after a lost answer).</summary>
    public bool IsSameStart(SessionStart start) =>
        start is not null
        && start.ChargePointId == ChargePointId
        && start.ConnectorId == ConnectorId
        && string.Equals(start.IdTag, IdTag, StringComparison.OrdinalIgnoreCase)
        && start.Timestamp == StartedAt
        && start.MeterStartWh == MeterStartWh;

    /// <summary>
    /// Takes a meter reading. Late (offline-buffered) readings are kept as samples by the caller but
    /// do not replace a newer "last" reading; after the stop, the final energy no longer moves.
    /// </summary>
    public void RecordMeter(MeterReading reading)
    {
        ArgumentNullException.ThrowIfNull(reading);
        Apply(CurrentMeter().Record(reading));
    }

    /// <summary>The charger lost this session (rebooted, or started another on the same connector).</summary>
    public bool Interrupt(DateTimeOffset at, string reason)
    {
        if (Status != SessionStatus.Active)
        {
            return false;
        }

        Status = SessionStatus.Interrupted;
        InterruptedAt = at;
        InterruptionReason = reason;
        LastPowerW = 0;
        return true;
    }

    public StopOutcome Stop(SessionStop stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        if (Status == SessionStatus.Completed)
        {
            return StopOutcome.AlreadyCompleted;
        }

        if (Status == SessionStatus.Interrupted)
        {
            Warnings |= SessionWarnings.CompletedAfterInterruption;
        }

        if (stop.Timestamp < StartedAt)
        {
            Warnings |= SessionWarnings.EndedBeforeStart;
        }

        if (stop.MeterStopWh < MeterStartWh)
        {
            Warnings |= SessionWarnings.MeterRegisterDecreased;
        }

        Status = SessionStatus.Completed;
        EndedAt = stop.Timestamp;
        MeterStopWh = stop.MeterStopWh;
        StopReason = stop.Reason;
        StopIdTag = stop.IdTag;
        StopReceivedAt = stop.ReceivedAt;
        LastPowerW = 0;
        RecomputeEnergy();
        return StopOutcome.Completed;
    }

    /// <summary>The reconciler closes a stuck session: its stop never came, so it ends at the last meter reading (else its start).</summary>
    public bool CloseBySystem(DateTimeOffset at, string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        if (reason.Length > MaxStopReasonLength)
        {
            throw new ArgumentException($"A stop reason has at most {MaxStopReasonLength} characters.", nameof(reason));
        }

        if (Status == SessionStatus.Completed)
        {
            return false;
        }

        Status = SessionStatus.Completed;
        EndedAt = LastMeterAt is { } lastAt && lastAt > StartedAt ? lastAt : StartedAt;
        MeterStopWh = LastMeterWh ?? MeterStartWh;
        StopReason = reason;
        StopReceivedAt = at;
        ClosedBySystem = true;
        LastPowerW = 0;
        RecomputeEnergy();
        return true;
    }

    /// <summary>Links a new session to the one it continues: same chain, and priced with the chain root's frozen tariff (set by the caller).</summary>
    public void ContinueChain(ChargingSession previous, ChargingSession root)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(root);
        if (ContinuesTransactionId is not null || IsPriced)
        {
            throw new InvalidOperationException($"Session {TransactionId} already continues session {ContinuesTransactionId}.");
        }

        root.ChainRootId = root.TransactionId;
        previous.ChainRootId = root.TransactionId;
        ContinuesTransactionId = previous.TransactionId;
        ChainRootId = root.TransactionId;
    }

    /// <summary>Keeps the (chain's) receipt back until <paramref name="until"/>, while this session may still be continued; null releases it.</summary>
    public void HoldReceipt(DateTimeOffset? until) => ReceiptHeldUntil = until;

    /// <summary>Freezes the tariff version (and the driver's group) at the start; a session is priced by one version for ever.</summary>
    public void FreezeTariff(int? tariffVersionId, string? tagGroup)
    {
        if (TariffVersionId is not null || IsPriced)
        {
            throw new InvalidOperationException($"Session {TransactionId} already has its tariff.");
        }

        TariffVersionId = tariffVersionId;
        TagGroup = tagGroup;
    }

    /// <summary>Stores the final cost of a completed session, exactly once.</summary>
    public void RecordFinalCost(CostBreakdown cost, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(cost);
        if (Status != SessionStatus.Completed)
        {
            throw new InvalidOperationException($"Session {TransactionId} is {Status}; only a completed session has a final cost.");
        }

        if (IsPriced)
        {
            throw new InvalidOperationException($"Session {TransactionId} already has its final cost; a correction is a credit note.");
        }

        CostCurrency = cost.Currency;
        CostNetMinor = cost.NetMinor;
        CostVatMinor = cost.VatMinor;
        CostTotalMinor = cost.TotalMinor;
        CostBreakdownJson = TariffJson.Serialize(cost);
        CostComputedAt = at;
    }

    public CostBreakdown? FinalCost => CostBreakdownJson is null ? null : TariffJson.DeserializeBreakdown(CostBreakdownJson);

    private SessionMeter CurrentMeter() =>
        new(MeterStartWh, MeterStopWh, Status == SessionStatus.Active, LastMeterWh, LastMeterAt, LastPowerW, LastSocPercent);

    private void Apply(SessionMeter meter)
    {
        LastMeterWh = meter.LastMeterWh;
        LastMeterAt = meter.LastMeterAt;
        LastPowerW = meter.LastPowerW;
        LastSocPercent = meter.LastSocPercent;
        EnergyWh = meter.EnergyWh;
    }

    private void RecomputeEnergy() => EnergyWh = CurrentMeter().EnergyWh;
}
