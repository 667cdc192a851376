using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Core.Billing;

/// <summary>Billing:Seller — printed on every invoice, and copied into it when issued (<see cref="SellerSnapshot"/>).</summary>
public sealed class SellerOptions
{
    [Required(ErrorMessage = "Billing:Seller:Name is required.")]
    [StringLength(200, ErrorMessage = "Billing:Seller:Name is at most 200 characters.")]
    public string Name { get; set; } = "EvDashboard operator";

    [MaxLength(6, ErrorMessage = "Billing:Seller:AddressLines has at most 6 lines.")]
    public string[] AddressLines { get; set; } = [];

    [StringLength(40, ErrorMessage = "Billing:Seller:VatId is at most 40 characters.")]
    public string? VatId { get; set; }

    /// <summary>Checked by <see cref="BillingOptions"/> (blank allowed: configuration binds a null as an empty string).</summary>
    public string? Email { get; set; }

    /// <summary>A PNG or JPEG drawn on the PDF's header when the file exists (a missing file is not an error: invoices still print).</summary>
    [RegularExpression(@"^$|.*\.(?i:png|jpe?g)$", ErrorMessage = "Billing:Seller:LogoPath is a .png, .jpg or .jpeg file.")]
    public string? LogoPath { get; set; }

    public SellerSnapshot Snapshot() => new(Name, AddressLines.Where(l => !string.IsNullOrWhiteSpace(l)).ToArray(), VatId, Email, LogoPath);
}
