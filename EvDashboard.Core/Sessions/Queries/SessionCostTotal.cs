namespace EvDashboard.Core.Sessions.Queries;

/// <summary>The final costs (incl. VAT) of the selected sessions in one currency, in its minor units.</summary>
public sealed record SessionCostTotal(string Currency, long TotalMinor, int Sessions);
