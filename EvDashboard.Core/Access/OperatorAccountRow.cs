namespace EvDashboard.Core.Access;

/// <summary>An operator account as the users page lists it.</summary>
public sealed record OperatorAccountRow(
    string Id, string Email, string? DisplayName, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut,
    DateTimeOffset? LastSignInAt, DateTimeOffset CreatedAt);
