using System.ComponentModel.DataAnnotations;

namespace EvDashboard.Access;

/// <summary>Sign-in hardening (section "Access"): idle timeout, per-address login rate and account lockout.</summary>
internal sealed class AccessOptions
{
    public const string Section = "Access";

    /// <summary>A session with no request for this long ends; every request slides it on.</summary>
    [Range(1, 1440, ErrorMessage = "Access:IdleTimeoutMinutes must be between 1 and 1440.")]
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>Sign-in attempts accepted per minute from one IP address; more are turned away.</summary>
    [Range(1, 1000, ErrorMessage = "Access:LoginAttemptsPerMinute must be between 1 and 1000.")]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Wrong passwords in a row before an account is locked.</summary>
    [Range(1, 100, ErrorMessage = "Access:LockoutAttempts must be between 1 and 100.")]
    public int LockoutAttempts { get; set; } = 5;

    [Range(1, 1440, ErrorMessage = "Access:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; set; } = 15;
}
