namespace EvDashboard.Demo;

internal static partial class DemoLog
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Demo fleet: {Count} simulated charge points connect to {Endpoint}")]
    public static partial void Starting(ILogger logger, int count, string endpoint);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Demo fleet not started: {Reason}")]
    public static partial void Skipped(ILogger logger, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Warning, Message = "Demo fleet is switched on in Production (Demo:Enabled): simulated DEMO-xx sessions go into this database")]
    public static partial void EnabledInProduction(ILogger logger);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Information, Message = "Demo fleet: created {Tags} idTags and {ChargePoints} charge points")]
    public static partial void Seeded(ILogger logger, int tags, int chargePoints);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Error, Message = "Demo fleet not started: preparing the database failed")]
    public static partial void SeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 4006, Level = LogLevel.Information, Message = "Demo {ChargePointId}: connecting failed ({Error}); retrying in {Seconds} s")]
    public static partial void ConnectFailed(ILogger logger, string chargePointId, double seconds, string error);

    [LoggerMessage(EventId = 4007, Level = LogLevel.Debug, Message = "Demo {ChargePointId}: booted as {Model}")]
    public static partial void Booted(ILogger logger, string chargePointId, string model);

    [LoggerMessage(EventId = 4008, Level = LogLevel.Information, Message = "Demo {ChargePointId}: connection lost; reconnecting")]
    public static partial void ConnectionLost(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 4009, Level = LogLevel.Information, Message = "Demo {ChargePointId}: dropping the connection to reconnect and boot again, as chargers now and then do")]
    public static partial void Reconnecting(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Demo {ChargePointId}: rebooting ({Reason}) on the operator's request")]
    public static partial void Resetting(ILogger logger, string chargePointId, EvDashboard.Core.Ocpp.V16.Reason reason);

    [LoggerMessage(EventId = 4011, Level = LogLevel.Warning, Message = "Demo {ChargePointId}: {Error}; reconnecting")]
    public static partial void CallFailed(ILogger logger, string chargePointId, string error);

    [LoggerMessage(EventId = 4012, Level = LogLevel.Error, Message = "Demo {ChargePointId} failed; it restarts in 30 s")]
    public static partial void ChargePointFailed(ILogger logger, string chargePointId, Exception exception);

    [LoggerMessage(EventId = 4013, Level = LogLevel.Information, Message = "Demo fleet: created the tariff {Name} and assigned it to the site")]
    public static partial void TariffSeeded(ILogger logger, string name);
}
