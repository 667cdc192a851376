using System.Globalization;

namespace EvDashboard.Demo;

/// <summary>Picks the app's own OCPP endpoint from the addresses Kestrel listens on.</summary>
internal static class DemoEndpoint
{
    private const string Http = "http://";

    /// <summary>
    /// The ws:// base of the first plain-http address, with wildcard hosts (0.0.0.0, [::], *, +, localhost) mapped to
    /// 127.0.0.1; null when there is none. https is skipped (a development certificate need not be trusted by the
    /// client), and so are unix sockets (no TCP port to open a ClientWebSocket to).
    /// </summary>
    public static Uri? FromServerAddresses(IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var address in addresses)
        {
            if (!address.StartsWith(Http, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var hostAndPort = address[Http.Length..].TrimEnd('/');
            var colon = hostAndPort.LastIndexOf(':');
            if (hostAndPort.StartsWith("unix:", StringComparison.OrdinalIgnoreCase) || colon <= 0
                || !int.TryParse(hostAndPort[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is <= 0 or > 65535)
            {
                continue;
            }

            var host = hostAndPort[..colon] switch
            {
                "0.0.0.0" or "[::]" or "*" or "+" => "127.0.0.1",
                var h when h.Equals("localhost", StringComparison.OrdinalIgnoreCase) => "127.0.0.1",
                var h => h,
            };
            return new Uri(string.Create(CultureInfo.InvariantCulture, $"ws://{host}:{port}/"));
        }

        return null;
    }
}
