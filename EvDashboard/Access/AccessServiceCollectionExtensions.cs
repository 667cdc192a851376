using Microsoft.AspNetCore.RateLimiting;
using EvDashboard.Components.Pages.Admin;
using EvDashboard.Core.Access;
using EvDashboard.Core.Access.Queries;
using EvDashboard.Core.Audit;
using EvDashboard.Core.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace EvDashboard.Access;

/// <summary>Operator accounts (ASP.NET Core Identity), wall display tokens, the role matrix and sign-in hardening.</summary>
internal static class AccessServiceCollectionExtensions
{
    public static IServiceCollection AddAccessControl(this IServiceCollection services)
    {
        services.AddOptions<AccessOptions>().BindConfiguration(AccessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAccessTokens();
        services.AddAdminPages();
        services.TryAddSingleton<AuditTrail>();
        services.TryAddSingleton<RefusalThrottle>();
        services.AddSingleton<SetupToken>();
        services.AddHostedService<FirstAdminSetup>();
        services.AddIdentityCore<OperatorUser>()
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<EvDashboardDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccessOptions>>((identity, access) => ConfigureIdentity(identity, access.Value));
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddDataProtection().SetApplicationName("EvDashboard");
        services.AddOptions<KeyManagementOptions>().Configure<SqliteDatabase, ILoggerFactory>(PersistKeysNextToDatabase);
        services.AddAuthentication(AccessSchemes.Default)
            .AddPolicyScheme(AccessSchemes.Default, displayName: null, o => o.ForwardDefaultSelector = AccessSchemes.Select)
            .AddScheme<AuthenticationSchemeOptions, DisplayTokenAuthenticationHandler>(AccessSchemes.DisplayToken, configureOptions: null)
            .AddIdentityCookies();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<AccessOptions>>((cookie, access) => OperatorCookie.Configure(cookie, access.Value));
        services.AddAuthorizationBuilder().AddAccessPolicies();
        services.AddScoped<AuthenticationStateProvider, AccessRevalidation>();
        services.AddRateLimiter(_ => { });
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>, LoginRateLimiting>();
        return services;
    }

    public static WebApplication UseAccessControl(this WebApplication app)
    {
        app.UseWhen(
            context => context.Request.Path.Equals(DisplayTokenLinkMiddleware.Path, StringComparison.OrdinalIgnoreCase),
            wall => wall.UseMiddleware<DisplayTokenLinkMiddleware>());
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapAccountEndpoints();
        app.MapAuditExport();
        return app;
    }

    /// <summary>
    /// Sign-in cookies and password links are protected by Data Protection keys; kept in a <c>keys</c> folder beside
    /// the database they survive restarts, so a restart does not sign everyone out.
    /// </summary>
    private static void PersistKeysNextToDatabase(KeyManagementOptions keys, SqliteDatabase database, ILoggerFactory loggers)
    {
        if (database.DataDirectory is { } directory)
        {
            keys.XmlRepository = new Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository(
                new DirectoryInfo(Path.Combine(directory, "keys")), loggers);
        }
    }

    private static void ConfigureIdentity(IdentityOptions identity, AccessOptions access)
    {
        identity.User.RequireUniqueEmail = true;
        identity.SignIn.RequireConfirmedAccount = false;
        // OWASP ASVS 2.1: length over composition rules.
        identity.Password.RequiredLength = OperatorUser.MinPasswordLength;
        identity.Password.RequireDigit = false;
        identity.Password.RequireLowercase = false;
        identity.Password.RequireUppercase = false;
        identity.Password.RequireNonAlphanumeric = false;
        identity.Password.RequiredUniqueChars = 4;
        identity.Lockout.AllowedForNewUsers = true;
        identity.Lockout.MaxFailedAccessAttempts = access.LockoutAttempts;
        identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(access.LockoutMinutes);
    }
}
