using System.Globalization;
using EvDashboard.Core.Sites;

namespace EvDashboard.Components.Pages.Admin;

/// <summary>Dates and expiry on the admin pages, in the site's time zone.</summary>
internal static class AdminText
{
    public static string When(DateTimeOffset? at, SiteClock clock) =>
        at is { } t ? clock.ToLocal(t).ToString("d MMM yyyy HH:mm", CultureInfo.InvariantCulture) : "—";

    /// <summary>A secret chosen to be valid "until" a date stays valid through that whole day at the site.</summary>
    public static DateTimeOffset? EndOfLocalDay(DateTime? date, SiteClock clock) =>
        date is { } d ? clock.StartOfLocalDate(DateOnly.FromDateTime(d).AddDays(1)) : null;

    public static string Expiry(DateTimeOffset? expiresAt, DateTimeOffset? revokedAt, SiteClock clock) => (expiresAt, revokedAt) switch
    {
        (_, { } revoked) => $"Revoked {When(revoked, clock)}",
        (null, _) => "Never expires",
        ({ } at, _) when at <= clock.UtcNow => $"Expired {When(at, clock)}",
        ({ } at, _) => $"Until {When(at, clock)}",
    };

    public static string Role(string role) => role == Core.Access.OperatorRoles.SiteStaff ? "Site staff" : role;
}
