using EvDashboard.Tests.TestDoubles;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Components.Sessions;

/// <summary>Sessions driven over real OCPP against the test app, the way the session pages' tests need them.</summary>
internal static class SessionFleet
{
    public static DateTimeOffset Now(EvDashboardFactory factory) => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    public static async Task<int> StartAsync(OcppTestClient cp, int connectorId, string idTag, DateTimeOffset at, long meterStartWh = 1_000)
    {
        await cp.CallAsync("StatusNotification", new { connectorId, errorCode = "NoError", status = "Charging", timestamp = at });
        return (await cp.CallAsync("StartTransaction", new { connectorId, idTag, meterStart = meterStartWh, timestamp = at }))
            .GetProperty("transactionId").GetInt32();
    }

    /// <summary>A MeterValues with the energy register, total power and (when given) the EV's SoC.</summary>
    public static Task MeterAsync(OcppTestClient cp, int connectorId, int transactionId, DateTimeOffset at, long registerWh, long powerW, int? soc = null)
    {
        var sampled = new List<object>
        {
            new { value = registerWh.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            new { value = powerW.ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "Power.Active.Import", unit = "W" },
        };
        if (soc is { } s)
        {
            sampled.Add(new { value = s.ToString(System.Globalization.CultureInfo.InvariantCulture), measurand = "SoC", unit = "Percent", location = "EV" });
        }

        return cp.CallAsync("MeterValues", new { connectorId, transactionId, meterValue = new[] { new { timestamp = at, sampledValue = sampled } } });
    }

    public static async Task StopAsync(OcppTestClient cp, int transactionId, DateTimeOffset at, long meterStopWh, string reason = "EVDisconnected") =>
        await cp.CallAsync("StopTransaction", new { transactionId, meterStop = meterStopWh, timestamp = at, reason });

    /// <summary>A session of <paramref name="minutes"/> with a sample every 10 minutes at 11 kW, completed.</summary>
    public static async Task<int> CompletedAsync(OcppTestClient cp, int connectorId, string idTag, DateTimeOffset at, int minutes)
    {
        var tx = await StartAsync(cp, connectorId, idTag, at);
        for (var m = 10; m <= minutes; m += 10)
        {
            await MeterAsync(cp, connectorId, tx, at.AddMinutes(m), 1_000 + (11_000L * m / 60), 11_000);
        }

        await StopAsync(cp, tx, at.AddMinutes(minutes), 1_000 + (11_000L * minutes / 60));
        await cp.CallAsync("StatusNotification", new { connectorId, errorCode = "NoError", status = "Finishing", timestamp = at.AddMinutes(minutes).AddSeconds(5) });
        return tx;
    }
}
