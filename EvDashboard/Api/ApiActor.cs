using System.Security.Claims;
using EvDashboard.Core.Audit;

namespace EvDashboard.Api;

internal static class ApiActor
{
    /// <summary>The API key behind a request (<c>api-key:&lt;name&gt;</c>), as audit entries name it.</summary>
    public static Actor From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identity?.Name is { Length: > 0 } name ? new Actor(name) : Actor.ApiKey("unknown");
    }
}
