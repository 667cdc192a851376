using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace EvDashboard.Core.Billing;

/// <summary>The "Billing" section: who issues the invoices, payment terms, the number series and the receipt sweep.</summary>
public sealed partial class BillingOptions : IValidatableObject
{
    public const string Section = "Billing";

    public SellerOptions Seller { get; set; } = new();

    [Range(0, 365, ErrorMessage = "Billing:PaymentTermsDays is 0..365.")]
    public int PaymentTermsDays { get; set; } = 14;

    public string ReceiptSeries { get; set; } = "RC";

    public string StatementSeries { get; set; } = "EV";

    public string CreditNoteSeries { get; set; } = "CN";

    /// <summary>How often completed, priced sessions without a receipt are looked for (besides each session's own stop event).</summary>
    [Range(5, 3600, ErrorMessage = "Billing:ReceiptSweepSeconds is 5..3600.")]
    public int ReceiptSweepSeconds { get; set; } = 60;

    public string SeriesOf(InvoiceKind kind) => kind switch
    {
        InvoiceKind.Receipt => ReceiptSeries,
        InvoiceKind.Statement => StatementSeries,
        _ => CreditNoteSeries,
    };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Nested objects are not validated by ValidateDataAnnotations, so the seller is checked here.
        var seller = new List<ValidationResult>();
        Validator.TryValidateObject(Seller, new ValidationContext(Seller), seller, validateAllProperties: true);
        foreach (var result in seller)
        {
            yield return result;
        }

        if (!string.IsNullOrEmpty(Seller.Email) && !new EmailAddressAttribute().IsValid(Seller.Email))
        {
            yield return new ValidationResult("Billing:Seller:Email is not an e-mail address.", [nameof(Seller)]);
        }

        string[] series = [ReceiptSeries, StatementSeries, CreditNoteSeries];
        foreach (var (name, value) in new[] { (nameof(ReceiptSeries), ReceiptSeries), (nameof(StatementSeries), StatementSeries), (nameof(CreditNoteSeries), CreditNoteSeries) })
        {
            if (value is null || !SeriesPattern().IsMatch(value))
            {
                yield return new ValidationResult($"Billing:{name} is 1..10 capital letters or digits (e.g. EV).", [name]);
            }
        }

        if (series.Distinct(StringComparer.Ordinal).Count() != series.Length)
        {
            yield return new ValidationResult("Billing: receipts, statements and credit notes need three different series.", [nameof(ReceiptSeries)]);
        }
    }

    [GeneratedRegex("^[A-Z0-9]{1,10}$")]
    private static partial Regex SeriesPattern();
}
