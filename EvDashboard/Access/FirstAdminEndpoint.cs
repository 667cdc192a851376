using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Access;

/// <summary>POST /account/setup: creates the first admin with the one-time link printed at start-up.</summary>
internal static class FirstAdminEndpoint
{
    public static async Task<IResult> CreateAsync(
        [FromForm] PasswordForm form, HttpContext http, SetupToken setup, SignInManager<OperatorUser> signIn, AuditTrail audit,
        TimeProvider time, ILogger<SetupToken> logger)
    {
        var users = signIn.UserManager;
        if (!setup.Matches(form.Token) || users.Users.Any())
        {
            return Results.LocalRedirect("/login?info=setup-done");
        }

        var back = $"/setup?token={Uri.EscapeDataString(form.Token!)}";
        var email = form.Email?.Trim() ?? string.Empty;
        var user = new OperatorUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(form.DisplayName) ? null : form.DisplayName.Trim(),
            CreatedAt = time.GetUtcNow(),
        };
        if (await PasswordRules.CheckAsync(users, user, form.Password, form.ConfirmPassword) is { } problem)
        {
            return Results.LocalRedirect($"{back}&error={problem}");
        }

        if (!setup.TryConsume(form.Token))
        {
            return Results.LocalRedirect("/login?info=setup-done");
        }

        var created = await users.CreateAsync(user, form.Password!);
        if (!created.Succeeded)
        {
            // The link was spent on a failed attempt: issue a fresh one so the install is not locked out.
            AccessLog.SetupLink(logger, $"/setup?token={setup.Issue()}");
            return Results.LocalRedirect($"/login?error={PasswordRules.Code(created)}");
        }

        await users.AddToRoleAsync(user, OperatorRoles.Admin);
        await signIn.SignInAsync(user, isPersistent: false);
        await audit.RecordAsync(new Actor(email), "user.create-first-admin", email, AuditResult.Succeeded, null, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        return Results.LocalRedirect("/");
    }
}
