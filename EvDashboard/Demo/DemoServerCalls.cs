using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EvDashboard.Core.Ocpp.Framing;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>
/// How a simulated charge point answers the central system's CALLs, so operator commands work on demo stations.
/// Each command is answered first; what it asks for happens after (OCPP 1.6 §5: the answer says whether the
/// charger will do it, not that it is done).
/// </summary>
internal sealed class DemoServerCalls(IReadOnlyList<DemoConnector> connectors, DemoConfiguration configuration, DemoLocalList localList)
{
    private static OcppJsonContext Json => OcppJsonContext.Default;

    public async Task<DemoFollowUp> HandleAsync(DemoLink link, OcppCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            return call.Action switch
            {
                OcppActions.RemoteStartTransaction => await RemoteStartAsync(link, call, cancellationToken),
                OcppActions.RemoteStopTransaction => await RemoteStopAsync(link, call, cancellationToken),
                OcppActions.Reset => await ResetAsync(link, call, cancellationToken),
                OcppActions.UnlockConnector => await UnlockAsync(link, call, cancellationToken),
                OcppActions.ChangeAvailability => await ChangeAvailabilityAsync(link, call, cancellationToken),
                OcppActions.TriggerMessage => await TriggerAsync(link, call, now, cancellationToken),
                OcppActions.GetConfiguration => await AnswerAsync(
                    link, call, configuration.Get(Bind(call, Json.GetConfigurationRequest).Key), Json.GetConfigurationResponse, DemoFollowUp.None, cancellationToken),
                OcppActions.ChangeConfiguration => await ChangeConfigurationAsync(link, call, cancellationToken),
                OcppActions.ClearCache => await AnswerAsync(
                    link, call, new ClearCacheResponse { Status = ClearCacheStatus.Accepted }, Json.ClearCacheResponse, DemoFollowUp.None, cancellationToken),
                OcppActions.SendLocalList => await AnswerAsync(
                    link, call, new SendLocalListResponse { Status = localList.Apply(Bind(call, Json.SendLocalListRequest)) }, Json.SendLocalListResponse, DemoFollowUp.None, cancellationToken),
                OcppActions.GetLocalListVersion => await AnswerAsync(
                    link, call, new GetLocalListVersionResponse { ListVersion = localList.Version }, Json.GetLocalListVersionResponse, DemoFollowUp.None, cancellationToken),
                _ => await RefuseAsync(link, call, cancellationToken),
            };
        }
        catch (JsonException)
        {
            await link.AnswerErrorAsync(call.MessageId, OcppErrorCode.FormationViolation, $"The {call.Action} payload does not match the 1.6 schema.", cancellationToken);
            return DemoFollowUp.None;
        }
    }

    private Task<DemoFollowUp> RemoteStartAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.RemoteStartTransactionRequest);
        // Without a connector id the charger picks one: a car already plugged in first, else the first free one.
        var candidates = request.ConnectorId is { } id
            ? connectors.Where(c => c.ConnectorId == id)
            : connectors.OrderBy(c => c.Phase == DemoPhase.Arriving ? 0 : 1);
        var accepted = candidates.Any(c => c.RequestRemoteStart(request.IdTag));
        return AnswerAsync(link, call, new RemoteStartTransactionResponse { Status = accepted ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected },
            Json.RemoteStartTransactionResponse, accepted ? DemoFollowUp.Step : DemoFollowUp.None, cancellationToken);
    }

    private Task<DemoFollowUp> RemoteStopAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.RemoteStopTransactionRequest);
        var accepted = connectors.FirstOrDefault(c => c.TransactionId == request.TransactionId)?.RequestStop(Reason.Remote) == true;
        return AnswerAsync(link, call, new RemoteStopTransactionResponse { Status = accepted ? RemoteStartStopStatus.Accepted : RemoteStartStopStatus.Rejected },
            Json.RemoteStopTransactionResponse, accepted ? DemoFollowUp.Step : DemoFollowUp.None, cancellationToken);
    }

    private static Task<DemoFollowUp> ResetAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.ResetRequest);
        return AnswerAsync(link, call, new ResetResponse { Status = ResetStatus.Accepted }, Json.ResetResponse,
            request.Type == ResetType.Hard ? DemoFollowUp.HardReset : DemoFollowUp.SoftReset, cancellationToken);
    }

    private Task<DemoFollowUp> UnlockAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.UnlockConnectorRequest);
        var status = connectors.FirstOrDefault(c => c.ConnectorId == request.ConnectorId)?.Unlock() ?? UnlockStatus.NotSupported;
        return AnswerAsync(link, call, new UnlockConnectorResponse { Status = status }, Json.UnlockConnectorResponse, DemoFollowUp.Step, cancellationToken);
    }

    private Task<DemoFollowUp> ChangeAvailabilityAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.ChangeAvailabilityRequest);
        var targets = request.ConnectorId == 0 ? connectors : connectors.Where(c => c.ConnectorId == request.ConnectorId).ToList();
        var status = targets.Count == 0
            ? AvailabilityStatus.Rejected
            : targets.Select(c => c.ChangeAvailability(request.Type)).Contains(AvailabilityStatus.Scheduled)
                ? AvailabilityStatus.Scheduled
                : AvailabilityStatus.Accepted;
        return AnswerAsync(link, call, new ChangeAvailabilityResponse { Status = status }, Json.ChangeAvailabilityResponse, DemoFollowUp.Step, cancellationToken);
    }

    private async Task<DemoFollowUp> TriggerAsync(DemoLink link, OcppCall call, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.TriggerMessageRequest);
        var targets = request.ConnectorId is { } id ? connectors.Where(c => c.ConnectorId == id).ToList() : connectors;
        var status = targets.Count == 0 ? TriggerMessageStatus.Rejected : request.RequestedMessage switch
        {
            MessageTrigger.BootNotification or MessageTrigger.Heartbeat or MessageTrigger.StatusNotification or MessageTrigger.MeterValues => TriggerMessageStatus.Accepted,
            _ => TriggerMessageStatus.NotImplemented,
        };
        await link.AnswerAsync(call.MessageId, new TriggerMessageResponse { Status = status }, Json.TriggerMessageResponse, cancellationToken);
        if (status != TriggerMessageStatus.Accepted)
        {
            return DemoFollowUp.None;
        }

        // OCPP 1.6 §5.17: the requested message follows the answer.
        switch (request.RequestedMessage)
        {
            case MessageTrigger.BootNotification:
                return DemoFollowUp.Boot;
            case MessageTrigger.Heartbeat:
                await link.HeartbeatAsync(cancellationToken);
                break;
            case MessageTrigger.StatusNotification:
                foreach (var connector in targets)
                {
                    await connector.ReportAsync(link, now, cancellationToken);
                }

                break;
            default:
                foreach (var connector in targets)
                {
                    await connector.SendMeterValuesAsync(link, now, "Trigger", cancellationToken);
                }

                break;
        }

        return DemoFollowUp.None;
    }

    private Task<DemoFollowUp> ChangeConfigurationAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var request = Bind(call, Json.ChangeConfigurationRequest);
        return AnswerAsync(link, call, new ChangeConfigurationResponse { Status = configuration.Change(request.Key, request.Value) },
            Json.ChangeConfigurationResponse, DemoFollowUp.None, cancellationToken);
    }

    /// <summary>OCPP-J 1.6 §4.2.3: a known action the charger does not support is NotSupported, an unknown one NotImplemented.</summary>
    private static async Task<DemoFollowUp> RefuseAsync(DemoLink link, OcppCall call, CancellationToken cancellationToken)
    {
        var code = OcppActions.IsKnown(call.Action) ? OcppErrorCode.NotSupported : OcppErrorCode.NotImplemented;
        await link.AnswerErrorAsync(call.MessageId, code, $"The demo charge point does not support {call.Action}.", cancellationToken);
        return DemoFollowUp.None;
    }

    private static async Task<DemoFollowUp> AnswerAsync<T>(
        DemoLink link, OcppCall call, T response, JsonTypeInfo<T> info, DemoFollowUp followUp, CancellationToken cancellationToken)
    {
        await link.AnswerAsync(call.MessageId, response, info, cancellationToken);
        return followUp;
    }

    private static T Bind<T>(OcppCall call, JsonTypeInfo<T> info) =>
        call.Payload.Deserialize(info) ?? throw new JsonException($"The {call.Action} payload is empty.");
}
