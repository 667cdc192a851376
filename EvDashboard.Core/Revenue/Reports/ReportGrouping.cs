namespace EvDashboard.Core.Revenue.Reports;

/// <summary>What a report's rows are: periods of the site's calendar, or a dimension. URL names are camelCase (chargePoint).</summary>
public enum ReportGrouping
{
    Day,
    Week,
    Month,
    Site,
    ChargePoint,
    Connector,
    Tariff,
    Group,
}
