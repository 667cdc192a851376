using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Shared;

/// <summary>The signed-in operator as the <see cref="Actor"/> that audit entries and command records name.</summary>
internal static class CurrentActor
{
    public static async Task<Actor> FromAsync(Task<AuthenticationState>? authenticationState)
    {
        if (authenticationState is null)
        {
            return new Actor("dashboard");
        }

        var state = await authenticationState;
        return state.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? new Actor(name) : new Actor("dashboard");
    }
}
