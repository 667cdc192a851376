using System.Reflection;
using System.Security.Claims;
using EvDashboard.Access;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Tests.TestDoubles;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Access;

/// <summary>An open dashboard or wall loses its access when its account is disabled or its display token revoked.</summary>
public sealed class AccessRevalidationTests : IAsyncLifetime
{
    private readonly EvDashboardFactory _factory = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task Validate_OperatorThenDisabled_TrueThenFalse()
    {
        var user = await OperatorLogin.CreateUserAsync(_factory, "circuit@example.com", OperatorRoles.Operator);
        await using var scope = _factory.Services.CreateAsyncScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<OperatorUser>>();
        var principal = await signIn.CreateUserPrincipalAsync(user);

        var before = await ValidateAsync(scope.ServiceProvider, principal);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        var stored = await users.FindByIdAsync(user.Id);
        stored!.IsDisabled = true;
        await users.UpdateAsync(stored);
        await users.UpdateSecurityStampAsync(stored);
        var after = await ValidateAsync(scope.ServiceProvider, principal);

        Assert.True(before);
        Assert.False(after);
    }

    [Fact]
    public async Task Validate_DisplayTokenThenRevoked_TrueThenFalse()
    {
        var secret = SecretToken.Create(DisplayToken.Prefix);
        await using (var db = _factory.CreateDbContext())
        {
            db.DisplayTokens.Add(new DisplayToken("Lobby", null, secret, DateTimeOffset.UtcNow, null, new Actor("admin@example.com")));
            await db.SaveChangesAsync();
        }

        await using var scope = _factory.Services.CreateAsyncScope();
        var grant = await scope.ServiceProvider.GetRequiredService<AccessTokenLookup>().FindDisplayTokenAsync(secret, CancellationToken.None);
        var principal = DisplayTokenAuthenticationHandler.Principal(grant!);

        var before = await ValidateAsync(scope.ServiceProvider, principal);
        await using (var db = _factory.CreateDbContext())
        {
            db.DisplayTokens.Single().Revoke(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        }

        var after = await ValidateAsync(scope.ServiceProvider, principal);

        Assert.True(before);
        Assert.False(after);
    }

    private static async Task<bool> ValidateAsync(IServiceProvider services, ClaimsPrincipal principal)
    {
        var provider = (AccessRevalidation)services.GetRequiredService<AuthenticationStateProvider>();
        // The framework calls this every RevalidationInterval on a live circuit; a test calls it directly.
        var validate = typeof(AccessRevalidation).GetMethod("ValidateAuthenticationStateAsync", BindingFlags.Instance | BindingFlags.NonPublic)!;
        return await (Task<bool>)validate.Invoke(provider, [new AuthenticationState(principal), CancellationToken.None])!;
    }
}
