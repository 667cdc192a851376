namespace EvDashboard.Core.Identity.Csv;

/// <summary>The idTag CSV's columns, shared by export and import so an export can be edited and imported back.</summary>
public static class IdTagCsvColumns
{
    public const string IdTag = "id_tag";
    public const string Type = "type";
    public const string Status = "status";
    public const string OwnerName = "owner_name";
    public const string ParentIdTag = "parent_id_tag";
    public const string ExpiresAtUtc = "expires_at_utc";
    public const string MaxConcurrentSessions = "max_concurrent_sessions";
    public const string BudgetPeriod = "budget_period";
    public const string BudgetEnergyWh = "budget_energy_wh";
    public const string BudgetCostMinor = "budget_cost_minor";
    public const string BudgetCurrency = "budget_currency";

    public static IReadOnlyList<string> All { get; } =
        [IdTag, Type, Status, OwnerName, ParentIdTag, ExpiresAtUtc, MaxConcurrentSessions, BudgetPeriod, BudgetEnergyWh, BudgetCostMinor, BudgetCurrency];
}
