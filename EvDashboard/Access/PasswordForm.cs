namespace EvDashboard.Access;

/// <summary>
/// Sets a password: the first admin's (with the one-time <see cref="Token"/> printed at start-up), or an
/// invited or reset user's (with the user id and the reset token of their link).
/// </summary>
internal sealed class PasswordForm
{
    public string? Token { get; set; }

    public string? UserId { get; set; }

    public string? Email { get; set; }

    public string? DisplayName { get; set; }

    public string? Password { get; set; }

    public string? ConfirmPassword { get; set; }
}
