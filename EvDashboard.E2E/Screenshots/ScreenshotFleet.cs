using System.Net.Http.Json;
using EvDashboard.E2E.Ocpp;

namespace EvDashboard.E2E.Screenshots;

/// <summary>
/// A small, realistic network for the screenshots: a DC charger mid-session with a tapering curve and SoC, an AC
/// charger with a session, a free and a faulted connector, an EV that paused, completed sessions in the history,
/// and a charger that went offline. The connections stay open (online) until disposed.
/// </summary>
public sealed class ScreenshotFleet : IAsyncDisposable
{
    public const string DcStation = "DEMO-DC-01";
    public const string AcStation = "DEMO-AC-02";
    public const string OfflineStation = "DEMO-AC-03";

    private readonly List<TestChargePoint> _online = [];

    public int DcTransactionId { get; private set; }

    /// <summary>The "Standard" tariff on the site: every session of the fleet is priced by it.</summary>
    public int TariffId { get; private set; }

    /// <summary>Registers names and idTags through the management API (<paramref name="api"/> sends the key), then connects the chargers.</summary>
    public static async Task<ScreenshotFleet> StartAsync(Uri baseAddress, HttpClient api)
    {
        await RegisterAsync(api);
        var fleet = new ScreenshotFleet { TariffId = await AddTariffAsync(api) };
        try
        {
            var now = TimeProvider.System.GetUtcNow();
            await OfflineStationAsync(baseAddress, now);
            fleet.DcTransactionId = await fleet.DcStationAsync(baseAddress, now);
            await fleet.AcStationAsync(baseAddress, now);
            return fleet;
        }
        catch
        {
            await fleet.DisposeAsync();
            throw;
        }
    }

    private static async Task RegisterAsync(HttpClient api)
    {
        (string Id, string Name)[] stations = [(DcStation, "Depot · HPC 1"), (AcStation, "Car park · AC 2"), (OfflineStation, "Staff car park · AC 3")];
        foreach (var (id, name) in stations)
        {
            using var created = await api.PostAsJsonAsync(new Uri("api/charge-points", UriKind.Relative), new { id, name });
            created.EnsureSuccessStatusCode();
        }

        foreach (var tag in new[] { "04A1B2C3D4E5F6", "AB12CD34EF56", "5511223344", "9F8E7D6C5B", "FLEET-0007" })
        {
            using var created = await api.PostAsJsonAsync(new Uri("api/id-tags", UriKind.Relative), new { idTag = tag, status = "Accepted" });
            created.EnsureSuccessStatusCode();
        }
    }

    /// <summary>A realistic tariff, made and assigned through the API as an integrator would.</summary>
    private static async Task<int> AddTariffAsync(HttpClient api)
    {
        var definition = new
        {
            currency = "EUR",
            vatRatePercent = 19m,
            startFees = new[] { new { price = 0.50m } },
            energy = new object[]
            {
                new { price = 0.39m, restriction = new { startTime = "07:00:00", endTime = "22:00:00" } },
                new { price = 0.29m },
            },
            idle = new[] { new { price = 0.10m } },
            idleGraceMinutes = 30,
            idleFeeCap = 12.00m,
            steps = new { energyWh = 1, chargingTimeSeconds = 60, idleSeconds = 60 },
        };
        using var created = await api.PostAsJsonAsync(new Uri("api/tariffs", UriKind.Relative),
            new { name = "Standard", description = "Day and night energy prices, idle fee after 30 minutes", definition });
        created.EnsureSuccessStatusCode();
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt32();
        using var assigned = await api.PostAsJsonAsync(new Uri($"api/tariffs/{id}/assignments", UriKind.Relative), new { scope = "Site" });
        assigned.EnsureSuccessStatusCode();
        return id;
    }

    /// <summary>150 kW DC: connector 1 charging for 38 min (power tapers above 60 % SoC); connector 2 finished a session earlier and now holds a paused EV.</summary>
    private async Task<int> DcStationAsync(Uri baseAddress, DateTimeOffset now)
    {
        var cp = await ConnectAsync(baseAddress, DcStation, "Alpitronic", "HYC150");
        var earlier = now.AddHours(-2);
        await cp.StatusAsync(2, "Charging", at: earlier);
        var first = await cp.StartAsync(2, "04A1B2C3D4E5F6", 250_000, earlier);
        await cp.MeterAsync(2, first, 262_400, 96_000, 55, earlier.AddMinutes(10));
        await cp.StopAsync(first, 281_300, "EVDisconnected", earlier.AddMinutes(24));
        await cp.StatusAsync(2, "Available", at: earlier.AddMinutes(25));
        await cp.StatusAsync(2, "Charging", at: now.AddMinutes(-52));
        var paused = await cp.StartAsync(2, "FLEET-0007", 281_300, now.AddMinutes(-52));
        await cp.MeterAsync(2, paused, 301_900, 0, 98, now.AddMinutes(-1));
        await cp.StatusAsync(2, "SuspendedEV", at: now.AddMinutes(-4));

        var started = now.AddMinutes(-38);
        await cp.StatusAsync(1, "Preparing", at: started.AddSeconds(-40));
        var tx = await cp.StartAsync(1, "AB12CD34EF56", 500_000, started);
        await cp.StatusAsync(1, "Charging", at: started.AddSeconds(5));
        long register = 500_000;
        for (var minute = 2; minute <= 38; minute += 2)
        {
            var soc = 18 + (minute * 14 / 10);
            var power = soc < 60 ? 118_000 - (minute * 300) : 118_000 - ((soc - 50) * 1_900);
            register += power * 2 / 60;
            await cp.MeterAsync(1, tx, register, power, soc, started.AddMinutes(minute));
        }

        return tx;
    }

    /// <summary>22 kW AC: connector 1 free, connector 2 charging at 11 kW without SoC (AC cars rarely send it), connector 3 faulted.</summary>
    private async Task AcStationAsync(Uri baseAddress, DateTimeOffset now)
    {
        var cp = await ConnectAsync(baseAddress, AcStation, "ABB", "Terra AC W22");
        await cp.StatusAsync(1, "Available", at: now.AddHours(-3));
        var started = now.AddMinutes(-85);
        var tx = await cp.StartAsync(2, "5511223344", 1_200_000, started);
        await cp.StatusAsync(2, "Charging", at: started.AddSeconds(5));
        for (var minute = 5; minute <= 85; minute += 5)
        {
            await cp.MeterAsync(2, tx, 1_200_000 + (minute * 11_000 / 60), 11_000 - (minute % 3 * 150), null, started.AddMinutes(minute));
        }

        await cp.StatusAsync(3, "Faulted", "GroundFailure", "RCD tripped", now.AddMinutes(-12));
    }

    /// <summary>An AC charger with a completed session in the history that then lost its connection.</summary>
    private static async Task OfflineStationAsync(Uri baseAddress, DateTimeOffset now)
    {
        await using var cp = await TestChargePoint.ConnectAsync(baseAddress, OfflineStation);
        await cp.BootAsync("Wallbox", "Commander 2");
        var started = now.AddHours(-3);
        await cp.StatusAsync(2, "Available", at: started);
        await cp.StatusAsync(1, "Charging", at: started);
        var tx = await cp.StartAsync(1, "9F8E7D6C5B", 40_000, started);
        await cp.MeterAsync(1, tx, 49_500, 7_200, null, started.AddMinutes(80));
        await cp.StopAsync(tx, 58_200, "Local", started.AddMinutes(150));
        await cp.StatusAsync(1, "Available", at: started.AddMinutes(151));
    }

    private async Task<TestChargePoint> ConnectAsync(Uri baseAddress, string id, string vendor, string model)
    {
        var cp = await TestChargePoint.ConnectAsync(baseAddress, id);
        _online.Add(cp);
        await cp.BootAsync(vendor, model);
        await cp.StatusAsync(0, "Available");
        return cp;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var cp in _online)
        {
            await cp.DisposeAsync();
        }
    }
}
