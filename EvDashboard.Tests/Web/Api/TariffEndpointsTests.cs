using System.Net;
using System.Net.Http.Json;
using EvDashboard.Core.Access;
using EvDashboard.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvDashboard.Tests.Web.Api;

/// <summary>/api/tariffs: create, read, version, assign, unassign; field errors; Manage for writes.</summary>
public sealed class TariffEndpointsTests : IAsyncLifetime
{
    private static readonly object Standard = new
    {
        currency = "EUR",
        vatRatePercent = 19,
        startFees = new[] { new { price = 1.0m } },
        energy = new object[]
        {
            new { price = 0.29m, restriction = new { days = new[] { "Saturday", "Sunday" }, startTime = "22:00:00", endTime = "06:00:00" } },
            new { price = 0.39m },
        },
        idleGraceMinutes = 30,
    };

    private readonly ApiTestHost _host = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Create_ThenReadListAndOne_RoundTripsTheDefinition()
    {
        using var created = await _host.PostJsonAsync("/api/tariffs", new { name = "Standard", description = "AC", definition = Standard });

        var body = await ApiAssert.JsonAsync(created, HttpStatusCode.Created);
        var id = body.GetProperty("id").GetInt32();
        Assert.Equal($"/api/tariffs/{id}", created.Headers.Location?.AbsolutePath);
        var list = await _host.GetJsonAsync("/api/tariffs");
        var row = Assert.Single(list.EnumerateArray());
        Assert.Equal("0.29–0.39 EUR/kWh · start 1 EUR · VAT 19 %", row.GetProperty("summary").GetString());
        var one = await _host.GetJsonAsync($"/api/tariffs/{id}");
        var band = one.GetProperty("definition").GetProperty("energy")[0].GetProperty("restriction");
        Assert.Equal(["Saturday", "Sunday"], band.GetProperty("days").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal("22:00:00", band.GetProperty("startTime").GetString());
        Assert.Equal(1, one.GetProperty("versions")[0].GetProperty("version").GetInt32());
        Assert.Equal("api-key:config", one.GetProperty("versions")[0].GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task Create_BadPrices_400WithFieldErrorsAndNothingStored()
    {
        var broken = new { currency = "XXX", vatRatePercent = 19.999m, energy = new[] { new { price = -1m } } };

        using var response = await _host.PostJsonAsync("/api/tariffs", new { name = "", definition = broken });

        Assert.Equal("Give the tariff a name.", await ApiAssert.ValidationProblemAsync(response, "Name"));
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(["Name", "Currency", "VatRatePercent", "Energy[0].Price"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, await _host.ReadAsync(db => db.Tariffs.CountAsync()));
    }

    [Fact]
    public async Task AddVersion_ChangedThenSame_201Then200AndTwoVersions()
    {
        var id = await CreateAsync();
        var cheaper = new { currency = "EUR", vatRatePercent = 19, energy = new[] { new { price = 0.35m } } };

        using var changed = await _host.PostJsonAsync($"/api/tariffs/{id}/versions", new { definition = cheaper });
        using var same = await _host.PostJsonAsync($"/api/tariffs/{id}/versions", new { definition = cheaper });
        using var missing = await _host.PostJsonAsync("/api/tariffs/4711/versions", new { definition = cheaper });

        Assert.Equal(2, (await ApiAssert.JsonAsync(changed, HttpStatusCode.Created)).GetProperty("currentVersion").GetInt32());
        Assert.Equal(2, (await ApiAssert.JsonAsync(same, HttpStatusCode.OK)).GetProperty("versions").GetArrayLength());
        await ApiAssert.ProblemAsync(missing, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Assignments_AddReplaceRemove_201Then200Then204()
    {
        var id = await CreateAsync();
        var other = await CreateAsync("Other");

        using var added = await _host.PostJsonAsync($"/api/tariffs/{id}/assignments", new { scope = "Site" });
        using var replaced = await _host.PostJsonAsync($"/api/tariffs/{other}/assignments", new { scope = "Site" });
        using var bad = await _host.PostJsonAsync($"/api/tariffs/{id}/assignments", new { scope = "Connector", chargePointId = "CP-1" });
        var assignment = (await ApiAssert.JsonAsync(replaced, HttpStatusCode.OK)).GetProperty("assignments")[0].GetProperty("id").GetInt32();
        using var removed = await _host.Client.DeleteAsync(new Uri($"/api/tariffs/{other}/assignments/{assignment}", UriKind.Relative));
        using var again = await _host.Client.DeleteAsync(new Uri($"/api/tariffs/{other}/assignments/{assignment}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("Pick a connector (1 or higher).", await ApiAssert.ValidationProblemAsync(bad, "ConnectorId"));
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await ApiAssert.ProblemAsync(again, HttpStatusCode.NotFound);
        var audit = await _host.ReadAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("tariff.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["tariff.create", "tariff.create", "tariff.assign", "tariff.assign", "tariff.unassign"], audit);
    }

    [Fact]
    public async Task Rename_NewNameThenTakenNameThenMissing_200Then400Then404()
    {
        var id = await CreateAsync();
        await CreateAsync("Other");

        using var renamed = await _host.Client.PatchAsJsonAsync(new Uri($"/api/tariffs/{id}", UriKind.Relative), new { name = "Night", description = "Cheaper at night" });
        using var taken = await _host.Client.PatchAsJsonAsync(new Uri($"/api/tariffs/{id}", UriKind.Relative), new { name = "other" });
        using var missing = await _host.Client.PatchAsJsonAsync(new Uri("/api/tariffs/4711", UriKind.Relative), new { name = "X" });

        var tariff = await ApiAssert.JsonAsync(renamed, HttpStatusCode.OK);
        Assert.Equal(("Night", "Cheaper at night", 1), (tariff.GetProperty("name").GetString(), tariff.GetProperty("description").GetString(), tariff.GetProperty("currentVersion").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);
        await ApiAssert.ProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.Equal("Night", await _host.ReadAsync(db => db.Tariffs.Where(t => t.Id == id).Select(t => t.Name).SingleAsync()));
    }

    [Fact]
    public async Task Archive_ThenRestore_HidesFromTheListThenShowsAgain()
    {
        var id = await CreateAsync();

        using var archived = await _host.Client.PutAsJsonAsync(new Uri($"/api/tariffs/{id}/archived", UriKind.Relative), new { archived = true });
        using var listed = await _host.Client.GetAsync(new Uri("/api/tariffs", UriKind.Relative));
        using var restored = await _host.Client.PutAsJsonAsync(new Uri($"/api/tariffs/{id}/archived", UriKind.Relative), new { archived = false });

        Assert.True((await ApiAssert.JsonAsync(archived, HttpStatusCode.OK)).GetProperty("isArchived").GetBoolean());
        Assert.Equal(0, (await ApiAssert.JsonAsync(listed, HttpStatusCode.OK)).GetArrayLength());
        Assert.False((await ApiAssert.JsonAsync(restored, HttpStatusCode.OK)).GetProperty("isArchived").GetBoolean());
        var audit = await _host.ReadAsync(db => db.AuditEntries.Where(e => e.Action.StartsWith("tariff.")).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(3, audit.Count);
    }

    [Theory]
    [InlineData(OperatorRoles.Operator, HttpStatusCode.OK, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.SiteStaff, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden)]
    [InlineData(OperatorRoles.Manager, HttpStatusCode.OK, HttpStatusCode.Created)]
    public async Task RoleKey_ReadAndCreate_OnlyManageWrites(string role, HttpStatusCode read, HttpStatusCode write)
    {
        var issued = await _host.Factory.Services.GetRequiredService<ApiKeyAdministration>()
            .CreateAsync($"{role} key", role, expiresAt: null, new Actor("admin@example.com"), CancellationToken.None);
        using var client = _host.CreateClient(issued.Secret);

        using var list = await client.GetAsync(new Uri("/api/tariffs", UriKind.Relative));
        using var create = await client.PostAsJsonAsync(new Uri("/api/tariffs", UriKind.Relative), new { name = "By " + role, definition = Standard });

        Assert.Equal((read, write), (list.StatusCode, create.StatusCode));
    }

    private async Task<int> CreateAsync(string name = "Standard")
    {
        using var response = await _host.PostJsonAsync("/api/tariffs", new { name, definition = Standard });
        return (await ApiAssert.JsonAsync(response, HttpStatusCode.Created)).GetProperty("id").GetInt32();
    }
}
