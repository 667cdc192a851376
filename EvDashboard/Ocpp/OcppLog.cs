namespace EvDashboard.Ocpp;

internal static partial class OcppLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Charge point {ChargePointId} connected")]
    public static partial void Connected(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Charge point {ChargePointId} disconnected")]
    public static partial void Disconnected(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Warning, Message = "Charge point {ChargePointId} opened a second connection; the older one is closed")]
    public static partial void ConnectionReplaced(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "Handshake of {ChargePointId} from {RemoteAddress} refused with {StatusCode}: {Reason}")]
    public static partial void HandshakeRefused(ILogger logger, string chargePointId, string? remoteAddress, int statusCode, string reason);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "Charge point {ChargePointId} registered itself on first connection (Ocpp:UnknownChargePoints = Accept)")]
    public static partial void RegisteredOnFirstConnect(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Information, Message = "Charge point {ChargePointId} connected and awaits approval (Ocpp:UnknownChargePoints = PendingApproval)")]
    public static partial void ConnectedPending(ILogger logger, string chargePointId);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "{Action} from {ChargePointId} refused: not accepted yet (BootNotification Pending)")]
    public static partial void RefusedWhilePending(ILogger logger, string chargePointId, string action);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "Bad frame from {ChargePointId}: {ErrorCode} {Description}")]
    public static partial void BadFrame(ILogger logger, string chargePointId, string errorCode, string description);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "A message from {ChargePointId} exceeded {MaxBytes} bytes; closing with 1009")]
    public static partial void MessageTooBig(ILogger logger, string chargePointId, int maxBytes);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "{ChargePointId} → {Action} ({MessageId})")]
    public static partial void CallReceived(ILogger logger, string chargePointId, string action, string messageId);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "{ChargePointId} answered message {MessageId}, which is not the call awaiting an answer; ignored")]
    public static partial void StrayAnswer(ILogger logger, string chargePointId, string messageId);

    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "Connection of {ChargePointId} ended: {Reason}")]
    public static partial void ConnectionLost(ILogger logger, string chargePointId, string reason);
}
