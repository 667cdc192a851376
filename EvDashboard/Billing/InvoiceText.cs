using System.Globalization;
using EvDashboard.Core.Billing;
using EvDashboard.Core.Billing.Queries;
using EvDashboard.Core.Common;
using EvDashboard.Core.Sites;

namespace EvDashboard.Billing;

/// <summary>The words and numbers an invoice shows, shared by the pages, the print view and the PDF so they say the same.</summary>
internal static class InvoiceText
{
    public static string Title(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Receipt => "Receipt",
        InvoiceKind.Statement => "Statement",
        _ => "Credit note",
    };

    public static string Money(string currency, long minor) =>
        Currency.TryFind(currency, out var known) ? known.Format(minor) : string.Create(CultureInfo.InvariantCulture, $"{minor} {currency} (minor units)");

    public static string Date(SiteClock clock, DateTimeOffset at) =>
        clock.ToLocal(at).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DateTime(SiteClock clock, DateTimeOffset at) =>
        clock.ToLocal(at).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Rate(decimal percent) => percent.ToString("0.##", CultureInfo.InvariantCulture) + " %";

    public static string Quantity(decimal quantity, string unit) =>
        quantity.ToString("0.###", CultureInfo.InvariantCulture) + (string.IsNullOrEmpty(unit) ? string.Empty : " " + unit);

    /// <summary>
    /// A statement's period is whole local days [from, to): it reads "2026-10-01 – 2026-10-31". A receipt's is its
    /// session's start and end; a credit note's is the one of what it credits (a receipt has a session, a statement not).
    /// </summary>
    public static string? Period(InvoiceDetail invoice, SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        ArgumentNullException.ThrowIfNull(clock);
        if (invoice.PeriodFrom is not { } start || invoice.PeriodTo is not { } end)
        {
            return null;
        }

        var wholeDays = invoice.Summary.Kind == InvoiceKind.Statement || (invoice.Summary.Kind == InvoiceKind.CreditNote && invoice.TransactionId is null);
        return wholeDays ? $"{Date(clock, start)} – {Date(clock, end.AddDays(-1))}" : $"{DateTime(clock, start)} – {DateTime(clock, end)}";
    }

    public static string Status(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Kind == InvoiceKind.CreditNote ? "Credit" : row.IsOverdue ? "Overdue" : row.PaymentStatus.ToString();
    }

    public static IReadOnlyList<string> Buyer(InvoiceRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        // The name may already be the masked tag or the group (no owner known): it is not repeated below it.
        string?[] candidates = [row.BuyerName, row.BuyerIdTag is { } tag ? $"idTag {IdTagMask.Mask(tag)}" : null, row.BuyerGroup is { } group ? $"Group {group}" : null];
        return candidates.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
    }

    public static IReadOnlyList<string> Seller(SellerSnapshot seller)
    {
        ArgumentNullException.ThrowIfNull(seller);
        var lines = new List<string>(seller.AddressLines);
        if (seller.VatId is { Length: > 0 } vatId)
        {
            lines.Add($"VAT id {vatId}");
        }

        if (seller.Email is { Length: > 0 } email)
        {
            lines.Add(email);
        }

        return lines;
    }

    public static string Terms(InvoiceDetail invoice, SiteClock clock)
    {
        ArgumentNullException.ThrowIfNull(invoice);
        var row = invoice.Summary;
        if (row.Kind == InvoiceKind.CreditNote)
        {
            return $"This credit note cancels {row.CreditedNumber} in full; the amount is credited to you.";
        }

        var days = (int)Math.Round((row.DueAt - row.IssuedAt).TotalDays);
        return days <= 0 ? "Payable on receipt." : $"Payable within {days} days, by {Date(clock, row.DueAt)}.";
    }
}
