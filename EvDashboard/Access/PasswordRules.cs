using EvDashboard.Core.Access;
using Microsoft.AspNetCore.Identity;

namespace EvDashboard.Access;

/// <summary>
/// Password checks shared by the account forms. The rules themselves are Identity's options (at least
/// <see cref="OperatorUser.MinPasswordLength"/> characters, no forced character classes, as OWASP ASVS 2.1 asks).
/// </summary>
internal static class PasswordRules
{
    public static async Task<string?> CheckAsync(UserManager<OperatorUser> users, OperatorUser user, string? password, string? confirm)
    {
        if (string.IsNullOrEmpty(password))
        {
            return "PasswordTooShort";
        }

        if (!string.Equals(password, confirm, StringComparison.Ordinal))
        {
            return "PasswordMismatch";
        }

        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            if (!result.Succeeded)
            {
                return Code(result);
            }
        }

        return null;
    }

    public static string Code(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Errors.FirstOrDefault()?.Code ?? "Failed";
    }

    public static string Describe(string? code) => code switch
    {
        null or "" => string.Empty,
        "PasswordTooShort" => $"The password must be at least {OperatorUser.MinPasswordLength} characters long.",
        "PasswordMismatch" => "The two passwords differ.",
        "PasswordRequiresUniqueChars" => "The password needs more different characters.",
        "DuplicateUserName" or "DuplicateEmail" => "An account with this e-mail address exists already.",
        "InvalidEmail" or "InvalidUserName" => "That is not a valid e-mail address.",
        "invalid" => "Wrong e-mail address or password.",
        "locked" => "Too many failed attempts: this account is locked for a while. Try again later.",
        "rate" => "Too many sign-in attempts from your address. Wait a minute and try again.",
        "link" => "This link is not valid any more. Ask an admin for a new one.",
        "form" => "The form had expired or did not come from this site. Please try again.",
        _ => "That did not work. Check the fields and try again.",
    };
}
