using EvDashboard.Core.Billing;
using EvDashboard.Core.Common;
using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Alerts.Engine.Conditions;

/// <summary>An invoice (not a credit note) still unpaid N days after its due date.</summary>
internal sealed class InvoiceOverdueCondition : IAlertConditionSource
{
    public string RuleKey => AlertRuleKeys.InvoiceOverdue;

    public TimeSpan Delay(EffectiveAlertRule rule) => ConditionDelays.Debounce(rule);

    public async Task<IReadOnlyList<HoldingCondition>> ReadAsync(EvDashboardDbContext db, EffectiveAlertRule rule, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var days = rule.Threshold ?? 0;
        var dueBefore = now.AddDays(-days);
        var overdue = await db.Invoices.AsNoTracking()
            .Where(i => i.PaymentStatus == PaymentStatus.Unpaid && i.Kind != InvoiceKind.CreditNote && i.DueAt < dueBefore)
            .Select(i => new { i.Id, i.Number, i.BuyerName, i.DueAt, i.TotalMinor, i.Currency })
            .ToListAsync(cancellationToken);
        return overdue.ConvertAll(i => new HoldingCondition(
            $"invoice/{i.Id}", null, null, null, i.DueAt.AddDays(days),
            $"Invoice {i.Number} to {i.BuyerName} ({Money(i.TotalMinor, i.Currency)}) is unpaid; it was due {i.DueAt:yyyy-MM-dd}."));
    }

    private static string Money(long minor, string currency) =>
        Currency.TryFind(currency, out var known) ? known.Format(minor) : $"{minor} {currency} (minor units)";
}
