namespace EvDashboard.Core.Access;

/// <summary>
/// The outcome of a change to an operator account: <see cref="Problem"/> says in words why it was refused;
/// <see cref="PasswordLink"/> is the one-time invitation or reset link (a site-relative path) to hand over.
/// </summary>
public sealed record AccountChange(bool Succeeded, string? Problem = null, string? PasswordLink = null)
{
    public static AccountChange Refused(string problem) => new(false, problem);

    public static AccountChange Done(string? passwordLink = null) => new(true, null, passwordLink);
}
