namespace EvDashboard.Core.Identity.Queries;

public enum IdTagChangeResult
{
    Created,
    Updated,
    NotFound,

    /// <summary>The idTag exists already, compared case-insensitively (OCPP 1.6 IdToken is a CiString20).</summary>
    AlreadyExists,
}
