namespace EvDashboard.Core.Billing;

/// <summary>The seller's details as an invoice stores them (<see cref="Invoice.SellerJson"/>).</summary>
public sealed record SellerSnapshot(string Name, IReadOnlyList<string> AddressLines, string? VatId, string? Email, string? LogoPath);
