namespace EvDashboard.Core.Revenue.Reports;

/// <summary>A key's connector time (ConnectorDays) or its refused authorisations (ChargePointDays).</summary>
internal sealed record UtilisationFact(ReportKey Key, ConnectorFact? Time, long RejectedAuthorizations);
