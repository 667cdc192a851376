namespace EvDashboard.Bench;

internal static class OcppActions
{
    public const int Count = 7;

    public static ReadOnlySpan<byte> Utf8Name(OcppAction action) => action switch
    {
        OcppAction.BootNotification => "BootNotification"u8,
        OcppAction.StatusNotification => "StatusNotification"u8,
        OcppAction.Heartbeat => "Heartbeat"u8,
        OcppAction.Authorize => "Authorize"u8,
        OcppAction.StartTransaction => "StartTransaction"u8,
        OcppAction.MeterValues => "MeterValues"u8,
        OcppAction.StopTransaction => "StopTransaction"u8,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Name(OcppAction action) => action switch
    {
        OcppAction.BootNotification => nameof(OcppAction.BootNotification),
        OcppAction.StatusNotification => nameof(OcppAction.StatusNotification),
        OcppAction.Heartbeat => nameof(OcppAction.Heartbeat),
        OcppAction.Authorize => nameof(OcppAction.Authorize),
        OcppAction.StartTransaction => nameof(OcppAction.StartTransaction),
        OcppAction.MeterValues => nameof(OcppAction.MeterValues),
        OcppAction.StopTransaction => nameof(OcppAction.StopTransaction),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };
}
