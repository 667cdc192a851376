namespace EvDashboard.Access;

/// <summary>The sign-in form's fields, posted by the static login page.</summary>
internal sealed class LoginForm
{
    public string? Email { get; set; }

    public string? Password { get; set; }

    public string? ReturnUrl { get; set; }
}
