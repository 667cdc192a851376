namespace EvDashboard.Core.Access;

/// <summary>
/// The authorisation policies behind the role matrix (README, "Access control"). Pages, buttons, API endpoints
/// and the hub name one of these, never a role directly, so the matrix is defined in one place.
/// </summary>
public static class AccessPolicies
{
    /// <summary>See the live dashboard: every role.</summary>
    public const string Monitor = "Monitor";

    /// <summary>Commands to chargers, idTags, charge points: Admin, Operator.</summary>
    public const string Operate = "Operate";

    /// <summary>Tariffs, invoices, reports and exports: Admin, Manager.</summary>
    public const string Manage = "Manage";

    /// <summary>Reading tariffs and invoices: Admin, Manager, and Operators (read-only).</summary>
    public const string ReadBilling = "ReadBilling";

    /// <summary>The audit log: Admin, Manager.</summary>
    public const string Audit = "Audit";

    /// <summary>Users, API keys, display tokens, charge point keys: Admin.</summary>
    public const string Administer = "Administer";

    /// <summary>The wall display: any signed-in operator, or a display token.</summary>
    public const string Wall = "Wall";

    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Monitor] = [OperatorRoles.Admin, OperatorRoles.Operator, OperatorRoles.Manager, OperatorRoles.SiteStaff],
        [Operate] = [OperatorRoles.Admin, OperatorRoles.Operator],
        [Manage] = [OperatorRoles.Admin, OperatorRoles.Manager],
        [ReadBilling] = [OperatorRoles.Admin, OperatorRoles.Manager, OperatorRoles.Operator],
        [Audit] = [OperatorRoles.Admin, OperatorRoles.Manager],
        [Administer] = [OperatorRoles.Admin],
    };
}
