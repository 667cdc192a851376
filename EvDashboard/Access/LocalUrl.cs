namespace EvDashboard.Access;

/// <summary>Return URLs after sign-in stay on this site: no open redirect to another host.</summary>
internal static class LocalUrl
{
    public static string OrHome(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains("://", StringComparison.Ordinal)
            ? url
            : "/";
}
