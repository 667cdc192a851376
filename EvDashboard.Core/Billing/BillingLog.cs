using Microsoft.Extensions.Logging;

namespace EvDashboard.Core.Billing;

internal static partial class BillingLog
{
    [LoggerMessage(EventId = 2901, Level = LogLevel.Information, Message = "Receipt {Number} issued for session {TransactionId}")]
    public static partial void ReceiptIssued(ILogger logger, string number, int transactionId);

    [LoggerMessage(EventId = 2902, Level = LogLevel.Information, Message = "Receipt sweep issued {Count} missing receipts")]
    public static partial void SweepIssued(ILogger logger, int count);

    [LoggerMessage(EventId = 2903, Level = LogLevel.Warning, Message = "Receipts could not be issued now; the next sweep tries again")]
    public static partial void ReceiptsFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2904, Level = LogLevel.Information, Message = "Invoice run {Period} per {Target} by {Actor}: {Issued} issued, {Skipped} already issued, of {Total}")]
    public static partial void RunFinished(ILogger logger, string period, StatementTarget target, string actor, int issued, int skipped, int total);

    [LoggerMessage(EventId = 2905, Level = LogLevel.Information, Message = "Credit note {CreditNote} issued for {Number} by {Actor}")]
    public static partial void Credited(ILogger logger, string creditNote, string number, string actor);

    [LoggerMessage(EventId = 2906, Level = LogLevel.Information, Message = "Invoice {Number} marked {Status} by {Actor}")]
    public static partial void PaymentSet(ILogger logger, string number, PaymentStatus status, string actor);
}
