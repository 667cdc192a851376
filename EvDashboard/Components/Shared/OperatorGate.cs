using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace EvDashboard.Components.Shared;

/// <summary>
/// The server-side check behind a button: hiding a button is not enough, so every action handler asks
/// whether the circuit's user meets the policy before it does anything, and gets the actor to audit.
/// </summary>
internal sealed class OperatorGate(IAuthorizationService authorization)
{
    public async Task<Actor?> AllowAsync(Task<AuthenticationState>? authenticationState, string policy)
    {
        if (authenticationState is null)
        {
            return null;
        }

        var state = await authenticationState;
        var result = await authorization.AuthorizeAsync(state.User, policy);
        return result.Succeeded ? await CurrentActor.FromAsync(authenticationState) : null;
    }
}
