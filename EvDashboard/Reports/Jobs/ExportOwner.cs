using System.Security.Claims;

namespace EvDashboard.Reports.Jobs;

/// <summary>Who an export belongs to: the signed-in account's id (its name for API keys), the same on the page and the download.</summary>
internal static class ExportOwner
{
    public static string? Of(ClaimsPrincipal? user) =>
        user?.Identity?.IsAuthenticated == true
            ? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? user.Identity.Name
            : null;
}
