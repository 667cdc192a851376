using EvDashboard.Core.Identity;
using EvDashboard.Core.Stations;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using EvDashboard.Core.Tariffs.Queries;
using static EvDashboard.Tests.Core.Tariffs.CatalogueDatabase;

namespace EvDashboard.Tests.Core.Tariffs.Queries;

public sealed class TariffQueriesTests : IAsyncLifetime
{
    private CatalogueDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CatalogueDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task ListAsync_TwoTariffs_SortedByNameWithSummaryAndAssignmentCount()
    {
        await _db.Db.AddChargePointAsync("CP-1", T0);
        var standard = await _db.CreateAsync("standard", TariffSamples.Standard);
        await _db.CreateAsync("Fleet", TariffSamples.EnergyOnly(0.2m, "CHF"));
        await _db.Assignments.AssignAsync(standard, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);
        await _db.Assignments.AssignAsync(standard, new TariffTarget(TariffScope.ChargePoint, "CP-1"), Manager, CancellationToken.None);

        var rows = await _db.Queries.ListAsync(includeArchived: true, CancellationToken.None);

        Assert.Equal(["Fleet", "standard"], rows.Select(r => r.Name));
        Assert.Equal("0.2 CHF/kWh · VAT 0 %", rows[0].Summary);
        Assert.Equal("0.29–0.39 EUR/kWh · start 1 EUR · idle 0.1 EUR/min after 30 min · VAT 19 %", rows[1].Summary);
        Assert.Equal((0, 2), (rows[0].AssignmentCount, rows[1].AssignmentCount));
        Assert.Equal(0.39m, rows[1].Definition!.Energy[1].Price);
    }

    [Fact]
    public async Task GetAsync_Unknown_Null()
    {
        Assert.Null(await _db.Queries.GetAsync(4711, CancellationToken.None));
    }

    [Fact]
    public async Task PickerQueries_ChargePointsConnectorsAndGroups_DistinctAndSorted()
    {
        await _db.Db.AddChargePointAsync("CP-2", T0);
        await _db.Db.AddChargePointAsync("CP-1", T0);
        await _db.Db.WriteAsync((scope, _) =>
        {
            scope.Db.Connectors.AddRange(new Connector("CP-1", 0), new Connector("CP-1", 2), new Connector("CP-1", 1));
            foreach (var (tag, group) in new[] { ("A", "FLEET"), ("B", "fleet"), ("C", "Staff"), ("D", null) })
            {
                var idTag = new IdTag(tag, T0);
                idTag.Update(IdTagStatus.Accepted, null, group, null, T0);
                scope.Db.IdTags.Add(idTag);
            }

            return Task.CompletedTask;
        });

        var chargePoints = await _db.Queries.ChargePointsAsync(CancellationToken.None);
        var groups = await _db.Queries.IdTagGroupsAsync(CancellationToken.None);

        Assert.Equal(["CP-1", "CP-2"], chargePoints.Select(c => c.Id));
        Assert.Equal([1, 2], chargePoints[0].Connectors);
        Assert.Empty(chargePoints[1].Connectors);
        Assert.Equal(2, groups.Count);
        Assert.Equal("Staff", groups[1]);
    }

    [Fact]
    public async Task NameTakenAsync_OtherCaseExceptItself_OnlyOtherTariffsCount()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);

        Assert.True(await _db.Queries.NameTakenAsync(" STANDARD ", null, CancellationToken.None));
        Assert.False(await _db.Queries.NameTakenAsync("standard", id, CancellationToken.None));
    }
}
