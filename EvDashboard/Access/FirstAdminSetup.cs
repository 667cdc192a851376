using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvDashboard.Access;

/// <summary>
/// At start-up: makes sure the four roles exist, and while no operator account exists either creates the first
/// admin from the Seed settings or prints a one-time link to create one. No default password ever exists.
/// </summary>
internal sealed class FirstAdminSetup(
    IServiceScopeFactory scopes,
    IOptions<SeedOptions> seed,
    SetupToken setupToken,
    IServer server,
    IHostApplicationLifetime lifetime,
    TimeProvider time,
    ILogger<FirstAdminSetup> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in OperatorRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<OperatorUser>>();
        if (users.Users.Any())
        {
            return;
        }

        if (seed.Value.IsSet)
        {
            await SeedAdminAsync(users, scope.ServiceProvider.GetRequiredService<AuditTrail>(), cancellationToken);
            return;
        }

        var token = setupToken.Issue();
        lifetime.ApplicationStarted.Register(() => AccessLog.SetupLink(logger, $"{BaseAddress()}/setup?token={token}"));
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task SeedAdminAsync(UserManager<OperatorUser> users, AuditTrail audit, CancellationToken cancellationToken)
    {
        var email = seed.Value.AdminEmail!.Trim();
        var admin = new OperatorUser { UserName = email, Email = email, EmailConfirmed = true, CreatedAt = time.GetUtcNow() };
        var created = await users.CreateAsync(admin, seed.Value.AdminPassword!);
        if (!created.Succeeded)
        {
            throw new OptionsValidationException(
                SeedOptions.Section,
                typeof(SeedOptions),
                [$"Seed:AdminPassword / Seed:AdminEmail: {PasswordRules.Describe(PasswordRules.Code(created))} ({string.Join("; ", created.Errors.Select(e => e.Description))})"]);
        }

        await users.AddToRoleAsync(admin, OperatorRoles.Admin);
        await audit.RecordAsync(Actor.System, "user.seed-admin", email, AuditResult.Succeeded, "From the Seed settings.", null, cancellationToken);
        AccessLog.SeededAdmin(logger, email);
    }

    private string BaseAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:5080";
        return address.Replace("://[::]", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
            .Replace("://+", "://localhost", StringComparison.Ordinal)
            .TrimEnd('/');
    }
}
