using System.ComponentModel;
using EvDashboard.Core.Sessions.Queries;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Api;

/// <summary>One session in GET /api/sessions, with its cost's total (the breakdown is on GET /api/sessions/{transactionId}).</summary>
internal sealed record SessionListItem : SessionView
{
    public SessionListItem(SessionView session, SessionCost? cost)
        : base(session)
    {
        CostIsFinal = cost?.IsFinal;
        CostCurrency = cost?.Breakdown.Currency;
        CostTotal = cost is null ? null : Components.Shared.Money.Major(cost.Breakdown.TotalMinor, cost.Breakdown.Currency);
        CostTotalMinor = cost?.Breakdown.TotalMinor;
    }

    [Description("True for a fixed final cost, false for the running cost of an active session; null when unpriced.")]
    public bool? CostIsFinal { get; init; }

    [Description("ISO 4217 code; null when unpriced.")]
    public string? CostCurrency { get; init; }

    [Description("Total including VAT in major units; null when unpriced.")]
    public decimal? CostTotal { get; init; }

    [Description("Total including VAT in minor units; null when unpriced.")]
    public long? CostTotalMinor { get; init; }
}
