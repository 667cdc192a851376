using EvDashboard.Core.Ocpp;

namespace EvDashboard.Ocpp;

/// <summary>The per-connection settings, read once from <see cref="OcppOptions"/> when a connection opens.</summary>
internal sealed record OcppConnectionSettings(int MaxMessageBytes, int SendQueueCapacity, TimeSpan CallTimeout)
{
    public static OcppConnectionSettings From(OcppOptions options) =>
        new(options.MaxMessageBytes, options.SendQueueCapacity, TimeSpan.FromSeconds(options.CallTimeoutSeconds));
}
