namespace EvDashboard.Api;

internal static class ApiKeyClaims
{
    /// <summary>The database id of the API key that authenticated the request; "config" for a key from Api:Keys.</summary>
    public const string KeyId = "evd:api-key";
}
