using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Ocpp.V16;
using EvDashboard.Core.Stations.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Stations;

public sealed partial class ConfigurationPanel : IDisposable
{
    /// <summary>Busy marker of the GetConfiguration button (a key cannot be empty, so it never clashes with a key being saved).</summary>
    private const string LoadKey = "";

    private readonly CancellationTokenSource _lifetime = new();
    private readonly Dictionary<string, string> _edits = new(StringComparer.Ordinal);
    private ConfigurationReadout? _readout;
    private string? _busyKey;

    [Inject]
    private StationCommands Commands { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [Parameter, EditorRequired]
    public string ChargePointId { get; set; } = string.Empty;

    private string Edited(KeyValue key) => _edits.TryGetValue(key.Key, out var value) ? value : key.Value ?? string.Empty;

    private bool IsChanged(KeyValue key) => _edits.TryGetValue(key.Key, out var value) && value != (key.Value ?? string.Empty);

    private async Task LoadAsync()
    {
        _busyKey = LoadKey;
        try
        {
            if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
            {
                Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Your role cannot read or change a charger's configuration.");
                return;
            }

            var readout = await Commands.GetConfigurationAsync(ChargePointId, actor, _lifetime.Token);
            CommandAnswerNotification.Show(Notifications, readout.Answer);
            if (readout.Answer.IsAccepted)
            {
                _readout = readout;
                _edits.Clear();
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed while waiting for the charger.
        }
        finally
        {
            _busyKey = null;
        }
    }

    private async Task SaveAsync(KeyValue key)
    {
        var value = Edited(key);
        _busyKey = key.Key;
        try
        {
            if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Operate) is not { } actor)
            {
                Notifications.Notify(NotificationSeverity.Error, "Not allowed", "Your role cannot read or change a charger's configuration.");
                return;
            }

            var answer = await Commands.ChangeConfigurationAsync(ChargePointId, key.Key, value, actor, _lifetime.Token);
            CommandAnswerNotification.Show(Notifications, answer with { Action = $"{answer.Action} {key.Key}" });
            if (answer.IsAccepted && _readout is not null)
            {
                // Accepted (or RebootRequired): the charger now holds the new value.
                var keys = _readout.Keys.Select(k => k.Key == key.Key ? k with { Value = value } : k).ToList();
                _readout = _readout with { Keys = keys };
                _edits.Remove(key.Key);
            }
        }
        catch (OperationCanceledException) when (_lifetime.IsCancellationRequested)
        {
            // The page was closed while waiting for the charger.
        }
        finally
        {
            _busyKey = null;
        }
    }

    public void Dispose()
    {
        _lifetime.Cancel();
        _lifetime.Dispose();
    }
}
