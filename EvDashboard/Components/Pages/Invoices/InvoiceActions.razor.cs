using EvDashboard.Components.Shared;
using EvDashboard.Core.Access;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Radzen;

namespace EvDashboard.Components.Pages.Invoices;

/// <summary>Mark paid / unpaid and credit in full, each audited; the caller reloads on <see cref="Changed"/>.</summary>
public sealed partial class InvoiceActions
{
    private bool _busy;

    [Parameter, EditorRequired]
    public InvoiceRow Row { get; set; } = default!;

    [Parameter]
    public EventCallback Changed { get; set; }

    [Inject]
    private InvoiceAdministration Administration { get; set; } = default!;

    [Inject]
    private OperatorGate Gate { get; set; } = default!;

    [Inject]
    private DialogService Dialogs { get; set; } = default!;

    [Inject]
    private NotificationService Notifications { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationStateTask { get; set; }

    private async Task SetPaymentAsync(PaymentStatus status)
    {
        if (await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            Notify(NotificationSeverity.Error, "Only a Manager or Admin changes payment status");
            return;
        }

        _busy = true;
        var result = await Administration.SetPaymentStatusAsync(Row.Number, status, actor, CancellationToken.None);
        _busy = false;
        Notify(result == PaymentChange.Updated ? NotificationSeverity.Success : NotificationSeverity.Error,
            result == PaymentChange.Updated ? $"{Row.Number} marked {status.ToString().ToLowerInvariant()}" : $"{Row.Number} cannot be marked {status}");
        await Changed.InvokeAsync();
    }

    private async Task CreditAsync()
    {
        var reason = await Dialogs.OpenAsync<InvoiceCreditDialog>($"Credit {Row.Number}",
            new Dictionary<string, object?> { [nameof(InvoiceCreditDialog.Row)] = Row }, new DialogOptions { Width = "32rem" });
        if (reason is not string why || await Gate.AllowAsync(AuthenticationStateTask, AccessPolicies.Manage) is not { } actor)
        {
            return;
        }

        _busy = true;
        var result = await Administration.CreditAsync(Row.Number, why, actor, CancellationToken.None);
        _busy = false;
        Notify(result.Outcome == CreditOutcome.Credited ? NotificationSeverity.Success : NotificationSeverity.Warning, result.Outcome switch
        {
            CreditOutcome.Credited => $"Credit note {result.CreditNoteNumber} issued",
            CreditOutcome.AlreadyCredited => $"{Row.Number} was already credited by {result.CreditNoteNumber}",
            _ => $"{Row.Number} cannot be credited",
        });
        await Changed.InvokeAsync();
    }

    private void Notify(NotificationSeverity severity, string summary) =>
        Notifications.Notify(new NotificationMessage { Severity = severity, Summary = summary });
}
