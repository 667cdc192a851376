using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using Microsoft.EntityFrameworkCore;
using static EvDashboard.Tests.Core.Tariffs.CatalogueDatabase;

namespace EvDashboard.Tests.Core.Tariffs.Administration;

/// <summary>Assignments through the writer: one per scope and group, replaced in place, audited, and what the resolver then picks.</summary>
public sealed class TariffAssignmentAdministrationTests : IAsyncLifetime
{
    private CatalogueDatabase _db = null!;
    private int _standard;
    private int _fleet;

    public async Task InitializeAsync()
    {
        _db = await CatalogueDatabase.CreateAsync();
        await _db.Db.AddChargePointAsync("CP-1", T0);
        _standard = await _db.CreateAsync("Standard", TariffSamples.Standard);
        _fleet = await _db.CreateAsync("Fleet", TariffSamples.EnergyOnly(0.2m));
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task AssignAsync_SiteTwiceWithOtherTariff_ReplacedNotDuplicated()
    {
        var first = await _db.Assignments.AssignAsync(_standard, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);

        var second = await _db.Assignments.AssignAsync(_fleet, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);

        Assert.Equal((TariffChangeStatus.Created, TariffChangeStatus.Saved), (first.Status, second.Status));
        Assert.Equal(first.AssignmentId, second.AssignmentId);
        await using var db = _db.Db.CreateContext();
        var assignment = await db.TariffAssignments.SingleAsync();
        Assert.Equal(_fleet, assignment.TariffId);
        var audit = await db.AuditEntries.Where(e => e.Action == "tariff.assign").OrderBy(e => e.Id).Select(e => e.Details).ToListAsync();
        Assert.Equal([$"#{_standard} to the site", $"#{_fleet} to the site, replacing Standard"], audit);
    }

    [Fact]
    public async Task AssignAsync_GroupInOtherCase_ReplacesTheGroupAssignment()
    {
        await _db.Assignments.AssignAsync(_standard, new TariffTarget(TariffScope.ChargePoint, "CP-1", IdTagGroup: "FLEET"), Manager, CancellationToken.None);

        var result = await _db.Assignments.AssignAsync(_fleet, new TariffTarget(TariffScope.ChargePoint, "CP-1", IdTagGroup: "fleet"), Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Saved, result.Status);
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM TariffAssignments"));
    }

    [Fact]
    public async Task AssignAsync_ConnectorAndGroup_ResolverPicksTheMostSpecific()
    {
        await _db.Assignments.AssignAsync(_standard, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);
        await _db.Assignments.AssignAsync(_fleet, new TariffTarget(TariffScope.Connector, "CP-1", 2, "FLEET"), Manager, CancellationToken.None);

        await using var db = _db.Db.CreateContext();
        var driver = await TariffResolver.ResolveAsync(db, "CP-1", 2, null, CancellationToken.None);
        var fleetCar = await TariffResolver.ResolveAsync(db, "CP-1", 2, "FLEET", CancellationToken.None);
        var otherConnector = await TariffResolver.ResolveAsync(db, "CP-1", 1, "FLEET", CancellationToken.None);

        Assert.Equal(("Standard", "Fleet", "Standard"), (driver!.TariffName, fleetCar!.TariffName, otherConnector!.TariffName));
    }

    [Theory]
    [InlineData(TariffScope.Site, "CP-1", null, "ChargePointId")]
    [InlineData(TariffScope.ChargePoint, null, null, "ChargePointId")]
    [InlineData(TariffScope.Connector, "CP-1", 0, "ConnectorId")]
    [InlineData(TariffScope.ChargePoint, "CP-1", 1, "ConnectorId")]
    [InlineData(TariffScope.ChargePoint, "CP-404", null, "ChargePointId")]
    public async Task AssignAsync_BadTarget_ErrorOnFieldAndNothingStored(TariffScope scope, string? chargePointId, int? connectorId, string field)
    {
        var result = await _db.Assignments.AssignAsync(_standard, new TariffTarget(scope, chargePointId, connectorId), Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, result.Status);
        Assert.Equal([field], result.Errors!.Fields);
        Assert.Equal(0, await _db.Db.CountAsync("SELECT COUNT(*) FROM TariffAssignments"));
    }

    [Fact]
    public async Task AssignAsync_ArchivedTariff_RefusedUntilRestored()
    {
        await _db.Tariffs.SetArchivedAsync(_fleet, archived: true, Manager, CancellationToken.None);

        var result = await _db.Assignments.AssignAsync(_fleet, new TariffTarget(TariffScope.Site), Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, result.Status);
        Assert.NotNull(result.Errors!.For("TariffId"));
    }

    [Fact]
    public async Task UnassignAsync_Existing_RemovedAndAudited_WrongTariffNotFound()
    {
        var assigned = await _db.Assignments.AssignAsync(_standard, new TariffTarget(TariffScope.ChargePoint, "CP-1"), Manager, CancellationToken.None);

        var wrongTariff = await _db.Assignments.UnassignAsync(_fleet, assigned.AssignmentId!.Value, Manager, CancellationToken.None);
        var removed = await _db.Assignments.UnassignAsync(_standard, assigned.AssignmentId!.Value, Manager, CancellationToken.None);

        Assert.Equal((TariffChangeStatus.NotFound, TariffChangeStatus.Saved), (wrongTariff.Status, removed.Status));
        Assert.Equal(0, await _db.Db.CountAsync("SELECT COUNT(*) FROM TariffAssignments"));
        await using var db = _db.Db.CreateContext();
        Assert.Equal($"#{_standard} from charge point CP-1", (await db.AuditEntries.SingleAsync(e => e.Action == "tariff.unassign")).Details);
    }
}
