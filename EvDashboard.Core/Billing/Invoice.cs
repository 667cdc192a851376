using System.Globalization;

namespace EvDashboard.Core.Billing;

/// <summary>
/// An issued receipt, statement or credit note. Immutable once issued — only its payment status changes; a
/// correction is a credit note that references it. Amounts are minor units of <see cref="Currency"/>.
/// </summary>
public sealed class Invoice
{
    public const int MaxIssueKeyLength = 200;

    private readonly List<InvoiceLine> _lines = [];

    private Invoice()
    {
        Number = Series = IssueKey = Currency = BuyerName = SellerJson = IssuedBy = string.Empty;
    }

    private Invoice(InvoiceDraft draft, int year, int sequence, DateTimeOffset issuedAt, string issuedBy) : this()
    {
        Kind = draft.Kind;
        Series = draft.Series;
        Year = year;
        Sequence = sequence;
        Number = FormatNumber(draft.Series, year, sequence);
        IssueKey = draft.IssueKey;
        Currency = draft.Currency;
        BuyerName = draft.BuyerName;
        BuyerIdTag = draft.BuyerIdTag;
        BuyerGroup = draft.BuyerGroup;
        PeriodFrom = draft.PeriodFrom;
        PeriodTo = draft.PeriodTo;
        TransactionId = draft.TransactionId;
        CreditedInvoiceId = draft.Credits?.Id;
        CreditedNumber = draft.Credits?.Number;
        Reason = draft.Reason;
        SellerJson = draft.SellerJson;
        DueAt = draft.DueAt;
        IssuedAt = issuedAt;
        IssuedBy = issuedBy;
        _lines.AddRange(draft.Lines);
        NetMinor = draft.Lines.Sum(l => l.NetMinor);
        VatMinor = draft.Lines.Sum(l => l.VatMinor);
        TotalMinor = NetMinor + VatMinor;
    }

    public long Id { get; private set; }

    /// <summary>"EV-2026-000123": series, year, sequence — gap-free per series and year.</summary>
    public string Number { get; private set; }

    public string Series { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public string IssueKey { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; }

    public DateTimeOffset DueAt { get; private set; }

    public string Currency { get; private set; }

    public long NetMinor { get; private set; }

    public long VatMinor { get; private set; }

    public long TotalMinor { get; private set; }

    public string BuyerName { get; private set; }

    public string? BuyerIdTag { get; private set; }

    public string? BuyerGroup { get; private set; }

    public DateTimeOffset? PeriodFrom { get; private set; }

    public DateTimeOffset? PeriodTo { get; private set; }

    /// <summary>The session a receipt is for.</summary>
    public int? TransactionId { get; private set; }

    /// <summary>The invoice a credit note cancels.</summary>
    public long? CreditedInvoiceId { get; private set; }

    public string? CreditedNumber { get; private set; }

    /// <summary>Why a credit note was issued.</summary>
    public string? Reason { get; private set; }

    /// <summary>The seller's details as they were when the invoice was issued (JSON), so a later config change never alters it.</summary>
    public string SellerJson { get; private set; }

    public PaymentStatus PaymentStatus { get; private set; }

    public DateTimeOffset? PaymentChangedAt { get; private set; }

    public string? PaymentChangedBy { get; private set; }

    public IReadOnlyList<InvoiceLine> Lines => _lines;

    public static string FormatNumber(string series, int year, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{series}-{year:D4}-{sequence:D6}");

    /// <summary>Takes the next number of the series and year from <paramref name="counter"/>; call inside the unit of work that stores the invoice.</summary>
    public static Invoice Issue(InvoiceDraft draft, InvoiceCounter counter, DateTimeOffset issuedAt, string issuedBy)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(counter);
        if (counter.Series != draft.Series)
        {
            throw new ArgumentException($"The counter is for series {counter.Series}, the invoice for {draft.Series}.", nameof(counter));
        }

        if (draft.Lines.Count == 0)
        {
            throw new ArgumentException("An invoice needs at least one line.", nameof(draft));
        }

        return new Invoice(draft, counter.Year, counter.Next(), issuedAt, issuedBy);
    }

    public bool IsOverdue(DateTimeOffset now) => PaymentStatus == PaymentStatus.Unpaid && Kind != InvoiceKind.CreditNote && now > DueAt;

    public void SetPaymentStatus(PaymentStatus status, string changedBy, DateTimeOffset at)
    {
        PaymentStatus = status;
        PaymentChangedBy = changedBy;
        PaymentChangedAt = at;
    }
}
