using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Common;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Stations;

public sealed partial class CommandPanel : IDisposable
{
    private const string StartKey = "start";
    private const string StopKey = "stop";
    private const string SoftKey = "soft";
    private const string HardKey = "hard";
    private const string UnlockKey = "unlock";
    private const string AvailabilityKey = "availability";
    private const string TriggerKey = "trigger";
    private const string CacheKey = "cache";

    private static readonly MessageTrigger[] Triggers = Enum.GetValues<MessageTrigger>();

    private readonly CancellationTokenSource _lifetime = new();
    private string? _busy;
    private int? _startConnector;
    private string _idTag = string.Empty;
    private int? _stopTransaction;
    private int _unlockConnector = 1;
    private int _availabilityConnector;
    private AvailabilityType _availability = AvailabilityType.Operative;
    private MessageTrigger _trigger = MessageTrigger.StatusNotification;
    private int? _triggerConnector;

    [Inject]
    private StationCommands Commands { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ChargePointId { get; set; } = string.Empty;

    [Parameter, EditorRequired]
    public StationState Station { get; set; } = default!;

    [Parameter]
    public bool Online { get; set; }

    private bool Busy => _busy is not null;

    private IEnumerable<int> ConnectorIds => Station.Connectors.Count == 0 ? [1] : Station.Connectors.Select(c => c.ConnectorId);

    private List<CommandChoice<int?>> AnyConnector => [new(null, "Any connector"), .. ConnectorIds.Select(id => new CommandChoice<int?>(id, $"Connector {id}"))];

    private List<CommandChoice<int>> Connectors => ConnectorIds.Select(id => new CommandChoice<int>(id, $"Connector {id}")).ToList();

    private List<CommandChoice<int>> AvailabilityTargets => [new(0, "Whole charge point"), .. Connectors];

    private List<CommandChoice<int?>> TriggerConnectors => [new(null, "No connector"), .. ConnectorIds.Select(id => new CommandChoice<int?>(id, $"Connector {id}"))];

    private List<CommandChoice<int?>> RunningSessions => Station.Connectors
        .Where(c => c.Session is not null)
        .Select(c => new CommandChoice<int?>(c.Session!.TransactionId, $"#{c.Session.TransactionId} · connector {c.ConnectorId} · {IdTagMask.Mask(c.Session.IdTag)}"))
        .ToList();

    protected override void OnParametersSet()
    {
        var running = RunningSessions;
        if (_stopTransaction is null || running.TrueForAll(r => r.Value != _stopTransaction))
        {
            _stopTransaction = running.Count > 0 ? running[0].Value : null;
        }
    }

    private Task StartAsync()
    {
        if (string.IsNullOrWhiteSpace(_idTag))
        {
            CommandAnswerNotification.Show(Notifications, new CommandAnswer(OcppActions.RemoteStartTransaction, CommandAnswerKind.NotSent, "Not sent", "Enter the idTag the session starts with."));
            return Task.CompletedTask;
        }

        return RunAsync(StartKey, null, (actor, ct) => Commands.RemoteStartAsync(ChargePointId, _startConnector, _idTag, actor, ct));
    }

    private Task StopAsync() => _stopTransaction is not { } transactionId
        ? Task.CompletedTask
        : RunAsync(StopKey, $"Stop session #{transactionId} on {ChargePointId}? Charging stops now.", (actor, ct) => Commands.RemoteStopAsync(ChargePointId, transactionId, actor, ct));

    private Task ResetAsync(ResetType type) => RunAsync(
        type == ResetType.Soft ? SoftKey : HardKey,
        type == ResetType.Soft
            ? $"Soft reset {ChargePointId}? Running sessions are stopped, then the charger restarts."
            : $"Hard reset {ChargePointId}? The charger reboots at once; running sessions end abruptly.",
        (actor, ct) => Commands.ResetAsync(ChargePointId, type, actor, ct));

    private Task UnlockAsync() => RunAsync(
        UnlockKey, $"Unlock connector {_unlockConnector} of {ChargePointId}? A session running on it stops.",
        (actor, ct) => Commands.UnlockAsync(ChargePointId, _unlockConnector, actor, ct));

    private Task AvailabilityAsync()
    {
        var what = _availabilityConnector == 0 ? ChargePointId : $"connector {_availabilityConnector} of {ChargePointId}";
        var confirm = _availability == AvailabilityType.Inoperative ? $"Make {what} inoperative? It takes no new sessions; one running now ends first." : null;
        var (connector, type) = (_availabilityConnector, _availability);
        return RunAsync(AvailabilityKey, confirm, (actor, ct) => Commands.ChangeAvailabilityAsync(ChargePointId, connector, type, actor, ct));
    }

    private Task TriggerAsync()
    {
        var (message, connector) = (_trigger, _triggerConnector);
        return RunAsync(TriggerKey, null, (actor, ct) => Commands.TriggerAsync(ChargePointId, message, connector, actor, ct));
    }

    private Task ClearCacheAsync() => RunAsync(CacheKey, null, (actor, ct) => Commands.ClearCacheAsync(ChargePointId, actor, ct));

    private async Task RunAsync(string key, string? confirm, Func<Actor, CancellationToken, Task<CommandAnswer>> send)
    {
        if (Busy)
        {
            return;
        }

        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
        {
            Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Your role cannot send commands to chargers.");
            return;
        }

        if (confirm is not null && await Dialogs.Confirm(confirm, "Please confirm", new ConfirmOptions { OkButtonText = "Send", CancelButtonText = "Cancel" }) != true)
        {
            return;
        }

        _busy = key;
        StateHasChanged();
        try
        {
            CommandAnswerNotification.Show(Notifications, await send(actor, _lifetime.Token));
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed while waiting for the charger; the command service still records its answer.
        }
        finally
        {
            _busy = null;
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
