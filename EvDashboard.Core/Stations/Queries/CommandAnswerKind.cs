namespace EvDashboard.Core.Stations.Queries;

/// <summary>How an operator command ended, as the page reports it.</summary>
public enum CommandAnswerKind
{
    /// <summary>The charger accepted (Accepted, Unlocked, Scheduled, RebootRequired).</summary>
    Accepted,

    /// <summary>The charger answered but refused (Rejected, UnlockFailed, NotSupported, NotImplemented).</summary>
    Refused,

    CallError,
    Timeout,
    Offline,

    /// <summary>The charger's answer was not a valid answer to the action.</summary>
    InvalidAnswer,

    /// <summary>The request was not valid (e.g. an idTag over 20 characters) and was not sent.</summary>
    NotSent,
}
