namespace EvDashboard.Core.Revenue.Reports;

/// <summary>The three reports; their names in URLs are the lower-case member names.</summary>
public enum ReportKind
{
    Revenue,
    Energy,
    Utilisation,
}
