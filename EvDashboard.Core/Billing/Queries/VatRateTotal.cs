namespace EvDashboard.Core.Billing.Queries;

/// <summary>One VAT rate of an invoice: the net taxed at it and the VAT, in minor units.</summary>
public sealed record VatRateTotal(decimal RatePercent, long NetMinor, long VatMinor);
