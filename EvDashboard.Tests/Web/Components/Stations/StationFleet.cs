using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Stations;

/// <summary>Charge points talking real OCPP to the test app, set up the way the pages' tests need them.</summary>
internal static class StationFleet
{
    /// <summary>The app's own clock (the system clock in the test host).</summary>
    public static DateTimeOffset Now(EvDashboardFactory factory) => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>CP-1: booted, connector 1 charging a session of <paramref name="idTag"/> (5,230 Wh, 11 kW, 45 %), connector 2 faulted (GroundFailure). Returns the transaction id.</summary>
    public static async Task<int> ChargingAsync(OcppTestClient cp, DateTimeOffset startedAt, string idTag = "04A1B2C3D4E5F6")
    {
        await cp.CallAsync("BootNotification", new
        {
            chargePointVendor = "ABB", chargePointModel = "Terra AC", chargePointSerialNumber = "SN-0001", firmwareVersion = "2.4.1",
            meterType = "EM340", meterSerialNumber = "M-77", iccid = "8949020000012345678", imsi = "262011234567890",
        });
        await cp.CallAsync("StatusNotification", new { connectorId = 1, errorCode = "NoError", status = "Charging", timestamp = startedAt });
        await cp.CallAsync("StatusNotification", new { connectorId = 2, errorCode = "GroundFailure", status = "Faulted", vendorErrorCode = "E-417", timestamp = startedAt });
        var tx = (await cp.CallAsync("StartTransaction", new { connectorId = 1, idTag, meterStart = 1_000, timestamp = startedAt }))
            .GetProperty("transactionId").GetInt32();
        await cp.CallAsync("MeterValues", new
        {
            connectorId = 1,
            transactionId = tx,
            meterValue = new[]
            {
                new
                {
                    timestamp = startedAt.AddMinutes(20),
                    sampledValue = new object[]
                    {
                        new { value = "6230" },
                        new { value = "11000", measurand = "Power.Active.Import", unit = "W" },
                        new { value = "45", measurand = "SoC", unit = "Percent", location = "EV" },
                    },
                },
            },
        });
        return tx;
    }
}
