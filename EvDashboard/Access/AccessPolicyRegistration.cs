using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Authorization;

namespace EvDashboard.Access;

internal static class AccessPolicyRegistration
{
    /// <summary>One policy per row of <see cref="AccessPolicies.Roles"/>, plus the Wall policy that display tokens also meet.</summary>
    public static AuthorizationBuilder AddAccessPolicies(this AuthorizationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        foreach (var (policy, roles) in AccessPolicies.Roles)
        {
            builder.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        builder.AddPolicy(AccessPolicies.Wall, p => p.RequireAuthenticatedUser().RequireAssertion(context =>
            context.User.HasClaim(c => c.Type == DisplayTokenAuthenticationHandler.TokenIdClaim)
            || AccessPolicies.Roles[AccessPolicies.Monitor].Any(context.User.IsInRole)));
        return builder;
    }
}
