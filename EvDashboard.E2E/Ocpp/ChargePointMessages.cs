using System.Globalization;

namespace EvDashboard.E2E.Ocpp;

/// <summary>The charge-point messages the tests send, with timestamps from the machine's clock (the app shows times relative to now).</summary>
public static class ChargePointMessages
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static Task BootAsync(this TestChargePoint cp, string vendor = "E2E Motors", string model = "Test-22") =>
        Checked(cp).CallAsync("BootNotification", new { chargePointVendor = vendor, chargePointModel = model, firmwareVersion = "1.0.0", chargePointSerialNumber = $"SN-{cp.Id}" });

    public static Task StatusAsync(this TestChargePoint cp, int connectorId, string status, string errorCode = "NoError", string? info = null, DateTimeOffset? at = null) =>
        Checked(cp).CallAsync("StatusNotification", new { connectorId, errorCode, status, info, timestamp = at ?? Now });

    /// <summary>Starts a session and returns the transaction id the central system assigned.</summary>
    public static async Task<int> StartAsync(this TestChargePoint cp, int connectorId, string idTag, long meterStartWh, DateTimeOffset? at = null)
    {
        var answer = await Checked(cp).CallAsync("StartTransaction", new { connectorId, idTag, meterStart = meterStartWh, timestamp = at ?? Now });
        return answer.GetProperty("transactionId").GetInt32();
    }

    /// <summary>One sample of the energy register (Wh), and power (W) and SoC (%) when given.</summary>
    public static Task MeterAsync(this TestChargePoint cp, int connectorId, int transactionId, long registerWh, long? powerW = null, int? soc = null, DateTimeOffset? at = null)
    {
        var values = new List<object> { new { value = Invariant(registerWh), measurand = "Energy.Active.Import.Register", unit = "Wh", context = "Sample.Periodic" } };
        if (powerW is { } power)
        {
            values.Add(new { value = Invariant(power), measurand = "Power.Active.Import", unit = "W", context = "Sample.Periodic" });
        }

        if (soc is { } percent)
        {
            values.Add(new { value = Invariant(percent), measurand = "SoC", unit = "Percent", location = "EV", context = "Sample.Periodic" });
        }

        return Checked(cp).CallAsync("MeterValues", new { connectorId, transactionId, meterValue = new[] { new { timestamp = at ?? Now, sampledValue = values } } });
    }

    public static Task StopAsync(this TestChargePoint cp, int transactionId, long meterStopWh, string reason = "EVDisconnected", DateTimeOffset? at = null) =>
        Checked(cp).CallAsync("StopTransaction", new { transactionId, meterStop = meterStopWh, timestamp = at ?? Now, reason });

    private static TestChargePoint Checked(TestChargePoint cp)
    {
        ArgumentNullException.ThrowIfNull(cp);
        return cp;
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
