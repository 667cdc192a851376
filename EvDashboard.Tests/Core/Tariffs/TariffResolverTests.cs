using EvDashboard.Core.Tariffs;
using EvDashboard.Tests.Core.Data;

namespace EvDashboard.Tests.Core.Tariffs;

public sealed class TariffResolverTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private LedgerDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await LedgerDatabase.CreateAsync();
        await _db.AddChargePointAsync("CP-1", At);
        await _db.AddChargePointAsync("CP-2", At);
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    // Site only: everyone gets the site tariff.
    [InlineData("CP-2", 1, null, "Site")]
    // The charge point's own tariff beats the site's, a connector's beats the charge point's.
    [InlineData("CP-1", 2, null, "Charge point")]
    [InlineData("CP-1", 1, null, "Connector")]
    // A group override beats any tariff for everyone, even a connector's, and only applies to that group.
    [InlineData("CP-1", 1, "FLEET", "Fleet")]
    [InlineData("CP-2", 1, "fleet", "Fleet")]
    [InlineData("CP-2", 1, "OTHER", "Site")]
    public async Task ResolveAsync_Assignments_MostSpecificWins(string chargePointId, int connectorId, string? group, string expected)
    {
        var site = await AddTariffAsync("Site");
        var chargePoint = await AddTariffAsync("Charge point");
        var connector = await AddTariffAsync("Connector");
        var fleet = await AddTariffAsync("Fleet");
        await AssignAsync(new TariffAssignment(site, TariffScope.Site, null, null, null, "test", At));
        await AssignAsync(new TariffAssignment(chargePoint, TariffScope.ChargePoint, "CP-1", null, null, "test", At));
        await AssignAsync(new TariffAssignment(connector, TariffScope.Connector, "CP-1", 1, null, "test", At));
        await AssignAsync(new TariffAssignment(fleet, TariffScope.Site, null, null, "FLEET", "test", At));

        await using var read = _db.CreateContext();
        var resolved = await TariffResolver.ResolveAsync(read, chargePointId, connectorId, group, CancellationToken.None);

        Assert.Equal(expected, resolved?.TariffName);
    }

    [Fact]
    public async Task ResolveAsync_NewVersionAndArchivedTariff_CurrentVersionOfALiveTariff()
    {
        var site = await AddTariffAsync("Site");
        var connector = await AddTariffAsync("Connector");
        await AssignAsync(new TariffAssignment(site, TariffScope.Site, null, null, null, "test", At));
        await AssignAsync(new TariffAssignment(connector, TariffScope.Connector, "CP-1", 1, null, "test", At));
        await _db.WriteAsync(async (scope, ct) =>
        {
            var tariffs = scope.Db.Tariffs.Where(t => t.Id == site || t.Id == connector).ToList();
            scope.Db.TariffVersions.Add(tariffs.Single(t => t.Id == site).AddVersion(Definition(0.45m), "test", At.AddDays(1)));
            tariffs.Single(t => t.Id == connector).Archive(At.AddDays(1));
            await Task.CompletedTask;
        });

        await using var read = _db.CreateContext();
        var resolved = await TariffResolver.ResolveAsync(read, "CP-1", 1, null, CancellationToken.None);

        Assert.Equal(("Site", 2, 0.45m), (resolved?.TariffName, resolved?.Version, resolved?.Definition.Energy[0].Price));
    }

    [Fact]
    public async Task ResolveAsync_NoAssignment_Null()
    {
        await AddTariffAsync("Unassigned");

        await using var read = _db.CreateContext();
        var resolved = await TariffResolver.ResolveAsync(read, "CP-1", 1, null, CancellationToken.None);

        Assert.Null(resolved);
    }

    private static TariffDefinition Definition(decimal energyPrice) =>
        new() { Currency = "EUR", VatRatePercent = 19m, Energy = [new PriceComponent(energyPrice)] };

    private Task<int> AddTariffAsync(string name) =>
        _db.WriteAsync(async (scope, ct) =>
        {
            var tariff = new Tariff(name, null, "EUR", At);
            scope.Db.Tariffs.Add(tariff);
            scope.Db.TariffVersions.Add(tariff.AddVersion(Definition(0.39m), "test", At));
            await scope.Db.SaveChangesAsync(ct);
            return tariff.Id;
        });

    private Task AssignAsync(TariffAssignment assignment) =>
        _db.WriteAsync((scope, _) =>
        {
            scope.Db.TariffAssignments.Add(assignment);
            return Task.CompletedTask;
        });
}
