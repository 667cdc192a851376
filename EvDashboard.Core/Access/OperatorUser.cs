using Microsoft.AspNetCore.Identity;

namespace EvDashboard.Core.Access;

/// <summary>A person who signs in to the dashboard. The e-mail address is the user name.</summary>
public sealed class OperatorUser : IdentityUser
{
    public const int MinPasswordLength = 12;

    public string? DisplayName { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A disabled account cannot sign in and its open sessions end at their next validation.</summary>
    public bool IsDisabled { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
