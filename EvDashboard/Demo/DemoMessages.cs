using System.Globalization;
using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Demo;

/// <summary>The charge-point-initiated messages the demo sends, typed with the 1.6 records and their JSON context.</summary>
internal static class DemoMessages
{
    public const string VendorId = "EvDashboard.Demo";

    private static OcppJsonContext Json => OcppJsonContext.Default;

    public static Task<BootNotificationResponse> BootAsync(this DemoLink link, string chargePointId, DemoModel model, CancellationToken cancellationToken) =>
        link.CallAsync(
            OcppActions.BootNotification,
            new BootNotificationRequest
            {
                ChargePointVendor = "EvDashboard",
                ChargePointModel = model.Name,
                ChargePointSerialNumber = $"{chargePointId}-SN",
                FirmwareVersion = "demo-1.0",
                MeterType = model.IsDc ? "DC meter" : "AC meter",
            },
            Json.BootNotificationRequest,
            Json.BootNotificationResponse,
            cancellationToken);

    public static Task<HeartbeatResponse> HeartbeatAsync(this DemoLink link, CancellationToken cancellationToken) =>
        link.CallAsync(OcppActions.Heartbeat, new HeartbeatRequest(), Json.HeartbeatRequest, Json.HeartbeatResponse, cancellationToken);

    public static Task<StatusNotificationResponse> StatusAsync(this DemoLink link, StatusNotificationRequest request, CancellationToken cancellationToken) =>
        link.CallAsync(OcppActions.StatusNotification, request, Json.StatusNotificationRequest, Json.StatusNotificationResponse, cancellationToken);

    public static async Task<AuthorizationStatus> AuthorizeAsync(this DemoLink link, string idTag, CancellationToken cancellationToken)
    {
        var response = await link.CallAsync(OcppActions.Authorize, new AuthorizeRequest { IdTag = idTag }, Json.AuthorizeRequest, Json.AuthorizeResponse, cancellationToken);
        return response.IdTagInfo.Status;
    }

    public static Task<StartTransactionResponse> StartAsync(this DemoLink link, StartTransactionRequest request, CancellationToken cancellationToken) =>
        link.CallAsync(OcppActions.StartTransaction, request, Json.StartTransactionRequest, Json.StartTransactionResponse, cancellationToken);

    public static Task<StopTransactionResponse> StopAsync(this DemoLink link, StopTransactionRequest request, CancellationToken cancellationToken) =>
        link.CallAsync(OcppActions.StopTransaction, request, Json.StopTransactionRequest, Json.StopTransactionResponse, cancellationToken);

    public static Task<MeterValuesResponse> MeterValuesAsync(this DemoLink link, MeterValuesRequest request, CancellationToken cancellationToken) =>
        link.CallAsync(OcppActions.MeterValues, request, Json.MeterValuesRequest, Json.MeterValuesResponse, cancellationToken);

    /// <summary>
    /// One sample as a real meter reports it: the energy register, power, SoC when the charger knows it, and
    /// voltage/current (three-phase AC at 230 V per phase, DC at the battery's voltage).
    /// </summary>
    public static MeterValue Sample(DateTimeOffset at, long registerWh, double powerW, double? socPercent, bool dc, string? context)
    {
        var volts = dc ? 400.0 : 230.0;
        var amps = dc ? powerW / volts : powerW / (3 * volts);
        var values = new List<SampledValue>
        {
            new() { Value = registerWh.ToString(CultureInfo.InvariantCulture), Measurand = "Energy.Active.Import.Register", Unit = "Wh", Context = context },
            new() { Value = Math.Round(powerW).ToString(CultureInfo.InvariantCulture), Measurand = "Power.Active.Import", Unit = "W", Context = context },
            new() { Value = volts.ToString("0.0", CultureInfo.InvariantCulture), Measurand = "Voltage", Unit = "V", Context = context },
            new() { Value = amps.ToString("0.0", CultureInfo.InvariantCulture), Measurand = "Current.Import", Unit = "A", Context = context },
        };
        if (socPercent is { } soc)
        {
            values.Add(new() { Value = Math.Floor(soc).ToString(CultureInfo.InvariantCulture), Measurand = "SoC", Unit = "Percent", Location = "EV", Context = context });
        }

        return new MeterValue { Timestamp = at, SampledValue = values };
    }
}
