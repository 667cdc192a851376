using System.Collections.Frozen;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;
using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Ocpp.Handlers;

/// <summary>
/// Routes a charge point's CALL to its handler: unknown action → NotImplemented, a known action we
/// do not take from a charge point → NotSupported, a payload that breaks the action's schema → the
/// spec's constraint error. A failure inside a handler becomes InternalError (nothing was committed:
/// the unit of work rolled back), never a closed socket.
/// </summary>
public sealed partial class OcppCallDispatcher
{
    private readonly FrozenDictionary<string, IOcppCallHandler> _handlers;
    private readonly ILogger<OcppCallDispatcher> _logger;

    internal OcppCallDispatcher(IEnumerable<IOcppCallHandler> handlers, ILogger<OcppCallDispatcher> logger)
    {
        _handlers = handlers.ToFrozenDictionary(h => h.Action, StringComparer.Ordinal);
        _logger = logger;
    }

    public async Task<OcppCallOutcome> DispatchAsync(OcppCallContext context, OcppCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(call);
        if (!_handlers.TryGetValue(call.Action, out var handler))
        {
            return OcppActions.IsKnown(call.Action)
                ? OcppCallOutcome.Error(OcppErrorCode.NotSupported, $"{call.Action} is not accepted from a charge point.")
                : OcppCallOutcome.Error(OcppErrorCode.NotImplemented, $"Unknown action {call.Action}.");
        }

        if (OcppSchemaValidator.Validate(call.Action, OcppMessageDirection.Request, call.Payload) is { } invalid)
        {
            return OcppCallOutcome.Error(invalid.Code, invalid.Description);
        }

        try
        {
            return await handler.HandleAsync(context, call.Payload, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            HandlerFailed(_logger, call.Action, context.ChargePointId, ex);
            return OcppCallOutcome.Error(OcppErrorCode.InternalError, "The central system could not process the message; nothing was stored. Please retry.");
        }
    }

    [LoggerMessage(EventId = 1401, Level = LogLevel.Error, Message = "{Action} from {ChargePointId} failed")]
    private static partial void HandlerFailed(ILogger logger, string action, string chargePointId, Exception exception);
}
