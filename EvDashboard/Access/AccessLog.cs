namespace EvDashboard.Access;

internal static partial class AccessLog
{
    [LoggerMessage(EventId = 5101, Level = LogLevel.Warning, Message = "No operator account exists yet. Open {SetupUrl} to create the first admin (the link works once).")]
    public static partial void SetupLink(ILogger logger, string setupUrl);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Created the first admin {Email} from the Seed settings")]
    public static partial void SeededAdmin(ILogger logger, string email);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Information, Message = "{Email} signed in")]
    public static partial void SignedIn(ILogger logger, string email);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Warning, Message = "Failed sign-in for {Email} from {RemoteAddress}: {Reason}")]
    public static partial void SignInFailed(ILogger logger, string email, string? remoteAddress, string reason);

    [LoggerMessage(EventId = 5105, Level = LogLevel.Warning, Message = "Sign-in attempts from {RemoteAddress} exceeded the rate limit")]
    public static partial void SignInRateLimited(ILogger logger, string? remoteAddress);
}
