namespace EvDashboard.Core.Revenue.Rollups;

/// <summary>
/// A charge point's WebSocket over one day: whether it was connected at the start (true before its first event ever:
/// the statuses then speak for it) and its connects/disconnects in the day, in whole seconds.
/// </summary>
internal sealed class RollupConnection
{
    public static readonly RollupConnection AlwaysOnline = new();

    public bool InitiallyOnline { get; set; } = true;

    public List<(long Second, bool IsOnline)> Changes { get; } = [];
}
