using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using EvDashboard.Core.Sites;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EvDashboard.Core.Billing;

/// <summary>
/// A Manager's changes to issued invoices: a full credit note, and the payment status. Each is one unit of work
/// with its audit entry. The invoice itself never changes otherwise (a correction is a credit note).
/// </summary>
public sealed class InvoiceAdministration(
    DatabaseWriter writer, InvoiceIssuer issuer, AuditTrail auditTrail, SiteClock clock, IOptions<BillingOptions> options, ILogger<InvoiceAdministration> logger)
{
    public async Task<CreditResult> CreditAsync(string number, string reason, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        var why = reason.Trim();
        if (why.Length > CreditNoteDrafts.MaxReasonLength)
        {
            throw new ArgumentException($"A reason is at most {CreditNoteDrafts.MaxReasonLength} characters.", nameof(reason));
        }

        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var original = await scope.Db.Invoices.Include(i => i.Lines).FirstOrDefaultAsync(i => i.Number == number, ct);
                if (original is null)
                {
                    return new CreditResult(CreditOutcome.NotFound, null);
                }

                if (original.Kind == InvoiceKind.CreditNote)
                {
                    return new CreditResult(CreditOutcome.IsCreditNote, null);
                }

                var issued = await issuer.IssueAsync(scope, CreditNoteDrafts.Create(original, why, options.Value, clock.UtcNow), actor.Name, ct);
                if (!issued.IsNew)
                {
                    return new CreditResult(CreditOutcome.AlreadyCredited, issued.Number);
                }

                AuditTrail.Append(scope, auditTrail.Entry(actor, "invoice.credit", original.Number, AuditResult.Succeeded, $"Credit note {issued.Number}: {why}"));
                return new CreditResult(CreditOutcome.Credited, issued.Number);
            },
            cancellationToken);
        if (result.Outcome == CreditOutcome.Credited)
        {
            BillingLog.Credited(logger, result.CreditNoteNumber!, number, actor.Name);
        }

        return result;
    }

    public async Task<PaymentChange> SetPaymentStatusAsync(string number, PaymentStatus status, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var result = await writer.ExecuteAsync(
            async (scope, ct) =>
            {
                var invoice = await scope.Db.Invoices.FirstOrDefaultAsync(i => i.Number == number, ct);
                if (invoice is null)
                {
                    return PaymentChange.NotFound;
                }

                if (invoice.Kind == InvoiceKind.CreditNote)
                {
                    return PaymentChange.IsCreditNote;
                }

                var before = invoice.PaymentStatus;
                invoice.SetPaymentStatus(status, actor.Name, clock.UtcNow);
                AuditTrail.Append(scope, auditTrail.Entry(actor, "invoice.payment", invoice.Number, AuditResult.Succeeded, $"{before} → {status}"));
                return PaymentChange.Updated;
            },
            cancellationToken);
        if (result == PaymentChange.Updated)
        {
            BillingLog.PaymentSet(logger, number, status, actor.Name);
        }

        return result;
    }
}
