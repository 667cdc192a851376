using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace EvDashboard.Access;

/// <summary>POST /account/password: an invited user sets, or a reset user replaces, their password with the link's token.</summary>
internal static class PasswordLinkEndpoint
{
    public static async Task<IResult> SetAsync([FromForm] PasswordForm form, HttpContext http, UserManager<OperatorUser> users, AuditTrail audit)
    {
        var user = string.IsNullOrEmpty(form.UserId) ? null : await users.FindByIdAsync(form.UserId);
        if (user is null || string.IsNullOrEmpty(form.Token) || user.IsDisabled)
        {
            return Results.LocalRedirect("/login?error=link");
        }

        var back = $"/account/password?user={Uri.EscapeDataString(form.UserId!)}&token={Uri.EscapeDataString(form.Token)}";
        if (await PasswordRules.CheckAsync(users, user, form.Password, form.ConfirmPassword) is { } problem)
        {
            return Results.LocalRedirect($"{back}&error={problem}");
        }

        var reset = await users.ResetPasswordAsync(user, form.Token, form.Password!);
        var remote = http.Connection.RemoteIpAddress?.ToString();
        if (!reset.Succeeded)
        {
            await audit.RecordAsync(new Actor(user.Email!), "user.password-set", user.Email, AuditResult.Failed, PasswordRules.Code(reset), remote, http.RequestAborted);
            return Results.LocalRedirect(PasswordRules.Code(reset) == "InvalidToken" ? "/login?error=link" : $"{back}&error={PasswordRules.Code(reset)}");
        }

        await users.ResetAccessFailedCountAsync(user);
        await users.SetLockoutEndDateAsync(user, null);
        await audit.RecordAsync(new Actor(user.Email!), "user.password-set", user.Email, AuditResult.Succeeded, null, remote, http.RequestAborted);
        return Results.LocalRedirect("/login?info=password-set");
    }
}
