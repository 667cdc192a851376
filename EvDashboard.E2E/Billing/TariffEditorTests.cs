using System.Net.Http.Json;
using System.Text.Json;
using EvDashboard.E2E.Hosting;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EvDashboard.E2E.Billing;

/// <summary>A Manager edits a price: the live preview follows as they type, and saving makes version 2.</summary>
[Collection(E2EGroup.Name)]
public sealed class TariffEditorTests(E2EFixture fixture)
{
    [Fact]
    public async Task EnergyPrice_Changed_PreviewRepricesAndSaveMakesVersionTwo()
    {
        using var api = fixture.CreateApiClient();
        var id = await CreateTariffAsync(api, "E2E editor " + Guid.NewGuid().ToString("N")[..6]);
        var page = await fixture.NewPageAsync();
        await using var browserContext = page.Context;
        await page.GotoAsync($"tariffs/{id}");
        var total = page.Locator(".evd-breakdown tfoot .total td");
        // The preview's sample: 22 kWh × 0.39 = 8.58 net, VAT 19 % = 1.6302 → 1.63, total 10.21.
        await Expect(total).ToHaveTextAsync("10.21 EUR", new() { Timeout = 30_000 });
        // Typing before the circuit is up would be lost when the interactive render replaces the prerendered form.
        await Expect(page.Locator(".evd-editor-head[data-interactive]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });

        // Radzen puts the label on the numeric's wrapper; the change event comes from its input when it loses focus.
        var price = page.GetByLabel("Energy price 1").Locator("input");
        await price.FillAsync("0.5");
        await price.PressAsync("Tab");

        // 22 kWh × 0.50 = 11.00 net, VAT 2.09, total 13.09 — before anything is saved.
        await Expect(total).ToHaveTextAsync("13.09 EUR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.Locator(".evd-versions tbody tr")).ToHaveCountAsync(2);
        var stored = await api.GetFromJsonAsync<JsonElement>($"api/tariffs/{id}");
        Assert.Equal(2, stored.GetProperty("currentVersion").GetInt32());
        Assert.Equal(0.5m, stored.GetProperty("definition").GetProperty("energy")[0].GetProperty("price").GetDecimal());
    }

    private static async Task<int> CreateTariffAsync(HttpClient api, string name)
    {
        var definition = new { currency = "EUR", vatRatePercent = 19m, energy = new[] { new { price = 0.39m } } };
        using var created = await api.PostAsJsonAsync("api/tariffs", new { name, definition });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
