using System.Globalization;
using EvDashboard.Api;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvDashboard.Access;

/// <summary>
/// A dashboard or wall circuit can stay open for days, long after the request that signed it in. Every minute
/// this re-checks who it belongs to: a disabled user, a changed security stamp (password reset, role change) or a
/// revoked display token ends the circuit's access, and the page sends the browser to the sign-in page.
/// </summary>
internal sealed class AccessRevalidation(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopes,
    AccessTokenLookup tokens,
    IOptions<IdentityOptions> identityOptions)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(1);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        var user = authenticationState.User;
        if (user.FindFirst(DisplayTokenAuthenticationHandler.TokenIdClaim)?.Value is { } tokenId)
        {
            return long.TryParse(tokenId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                && await tokens.IsDisplayTokenValidAsync(id, cancellationToken);
        }

        if (user.FindFirst(ApiKeyClaims.KeyId) is not null)
        {
            return true;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var account = await users.GetUserAsync(user);
        if (account is null || account.IsDisabled)
        {
            return false;
        }

        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }

        var claimed = user.FindFirst(identityOptions.Value.ClaimsIdentity.SecurityStampClaimType)?.Value;
        return claimed == await users.GetSecurityStampAsync(account);
    }
}
