namespace EvDashboard.Core.Access;

/// <summary>
/// The four operator roles (README, "Access control"). Admin may do everything; Operator runs the chargers and
/// idTags; Manager owns tariffs, invoices, reports and exports; SiteStaff only watches.
/// </summary>
public static class OperatorRoles
{
    public const string Admin = "Admin";

    public const string Operator = "Operator";

    public const string Manager = "Manager";

    public const string SiteStaff = "SiteStaff";

    public static IReadOnlyList<string> All { get; } = [Admin, Operator, Manager, SiteStaff];

    public static bool IsRole(string? role) => role is not null && All.Contains(role, StringComparer.Ordinal);

    public static string Describe(string role) => role switch
    {
        Admin => "Admin: everything, incl. users, API keys, display tokens and charge point keys",
        Operator => "Operator: monitoring, charger commands, idTags and charge points",
        Manager => "Manager: monitoring, tariffs, invoices, reports and exports",
        SiteStaff => "Site staff: monitoring, read-only",
        _ => role,
    };
}
