using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>
/// A connector's energy meter: a register that only grows, integrated from the car's power over real time, and
/// the MeterValues it sends every MeterValueSampleInterval while a session runs.
/// </summary>
internal sealed class DemoMeter(DemoModel model, Random random, DemoConfiguration configuration)
{
    public const string BeginContext = "Transaction.Begin";

    private static readonly TimeSpan RampUp = TimeSpan.FromSeconds(3);

    private double _registerWh = random.Next(1_000_000, 9_000_000);
    private double _powerW;
    private DateTimeOffset? _lastAt;
    private DateTimeOffset _nextSampleAt;

    /// <summary>Whole Wh as the register shows it; an int on the wire (OCPP 1.6 meterStart/meterStop), good for 2 GWh.</summary>
    public int RegisterWh => (int)_registerWh;

    /// <summary>Moves the register on to <paramref name="now"/>; a car keeps charging while the connection is down.</summary>
    public void Advance(DemoVehicle? charging, DateTimeOffset now)
    {
        if (charging is null)
        {
            _powerW = 0;
        }
        else if (_lastAt is { } last && now > last)
        {
            _powerW = charging.PowerW(model, random);
            var wh = _powerW * (now - last).TotalHours;
            _registerWh += wh;
            charging.Charge(wh, model.IsDc);
        }

        _lastAt = now;
    }

    public StartTransactionRequest Start(int connectorId, string idTag, DateTimeOffset now) =>
        new() { ConnectorId = connectorId, IdTag = idTag, MeterStart = RegisterWh, Timestamp = now };

    public StopTransactionRequest Stop(int transactionId, string? idTag, Reason reason, DateTimeOffset now) => new()
    {
        TransactionId = transactionId,
        IdTag = idTag,
        MeterStop = RegisterWh,
        Timestamp = now,
        Reason = reason,
        TransactionData =
        [
            new MeterValue
            {
                Timestamp = now,
                SampledValue = [new SampledValue { Value = RegisterWh.ToString(System.Globalization.CultureInfo.InvariantCulture), Context = "Transaction.End" }],
            },
        ],
    };

    public Task SendIfDueAsync(DemoLink link, int connectorId, int? transactionId, DemoVehicle? vehicle, DateTimeOffset now, CancellationToken cancellationToken) =>
        now >= _nextSampleAt ? SendAsync(link, connectorId, transactionId, vehicle, now, "Sample.Periodic", cancellationToken) : Task.CompletedTask;

    public Task SendAsync(
        DemoLink link, int connectorId, int? transactionId, DemoVehicle? vehicle, DateTimeOffset now, string context, CancellationToken cancellationToken)
    {
        // After the Transaction.Begin sample (0 W) the next one comes once the car has ramped up, so a new session shows its power soon.
        var interval = configuration.MeterValueSampleInterval;
        _nextSampleAt = now + (context == BeginContext && interval > RampUp ? RampUp : interval);
        var soc = model.ReportsSoc ? vehicle?.SocPercent : null;
        var request = new MeterValuesRequest
        {
            ConnectorId = connectorId,
            TransactionId = transactionId,
            MeterValue = [DemoMessages.Sample(now, RegisterWh, _powerW, soc, model.IsDc, context)],
        };
        return link.MeterValuesAsync(request, cancellationToken);
    }
}
