using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;
using Microsoft.EntityFrameworkCore;
using static EvDashboard.Tests.Core.Tariffs.CatalogueDatabase;

namespace EvDashboard.Tests.Core.Tariffs.Administration;

/// <summary>Creating, versioning, renaming and archiving tariffs through the writer on a migrated SQLite file.</summary>
public sealed class TariffAdministrationTests : IAsyncLifetime
{
    private CatalogueDatabase _db = null!;

    public async Task InitializeAsync() => _db = await CatalogueDatabase.CreateAsync();

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Fact]
    public async Task CreateAsync_ValidTariff_TariffVersionOneAndAuditInOneUnit()
    {
        var result = await _db.Tariffs.CreateAsync("  Standard ", "AC public", TariffSamples.Standard, Manager, CancellationToken.None);

        Assert.Equal((TariffChangeStatus.Created, 1), (result.Status, result.Version));
        await using var db = _db.Db.CreateContext();
        var tariff = await db.Tariffs.SingleAsync();
        Assert.Equal(("Standard", "AC public", "EUR", 1), (tariff.Name, tariff.Description, tariff.Currency, tariff.CurrentVersion));
        var version = await db.TariffVersions.SingleAsync();
        Assert.Equal((1, Manager.Name, T0), (version.Version, version.CreatedBy, version.CreatedAt));
        Assert.Equal(TariffJson.Serialize(TariffSamples.Standard), version.DefinitionJson);
        var entry = await db.AuditEntries.SingleAsync();
        Assert.Equal(("tariff.create", "Standard", Manager.Name), (entry.Action, entry.Target, entry.Actor));
    }

    [Fact]
    public async Task CreateAsync_InvalidDefinitionAndName_ErrorsAndNothingStored()
    {
        var broken = TariffSamples.EnergyOnly(-1m) with { VatRatePercent = 120m };

        var result = await _db.Tariffs.CreateAsync("", null, broken, Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, result.Status);
        Assert.Equal(["Name", "VatRatePercent", "Energy[0].Price"], result.Errors!.Fields);
        Assert.Equal(0, await _db.Db.CountAsync("SELECT (SELECT COUNT(*) FROM Tariffs) + (SELECT COUNT(*) FROM AuditEntries)"));
    }

    [Fact]
    public async Task CreateAsync_NameTakenInOtherCase_NameErrorAndOneTariff()
    {
        await _db.CreateAsync("Standard", TariffSamples.Standard);

        var result = await _db.Tariffs.CreateAsync("STANDARD", null, TariffSamples.Standard, Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, result.Status);
        Assert.Contains("exists already", result.Errors!.For("Name"), StringComparison.Ordinal);
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM Tariffs"));
    }

    [Fact]
    public async Task SaveVersionAsync_ChangedPrice_NewVersionOldOneUntouched()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);
        _db.Time.Advance(TimeSpan.FromDays(1));

        var result = await _db.Tariffs.SaveVersionAsync(id, TariffSamples.Standard with { VatRatePercent = 20m }, new("other@example.com"), CancellationToken.None);

        Assert.Equal((TariffChangeStatus.Saved, 2), (result.Status, result.Version));
        Assert.Equal(19m, (await _db.Queries.GetVersionAsync(id, 1, CancellationToken.None))!.VatRatePercent);
        Assert.Equal(20m, (await _db.Queries.GetVersionAsync(id, 2, CancellationToken.None))!.VatRatePercent);
        var detail = (await _db.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal([(2, "other@example.com", T0.AddDays(1)), (1, Manager.Name, T0)], detail.Versions.Select(v => (v.Version, v.CreatedBy, v.CreatedAt)));
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'tariff.version'"));
    }

    [Fact]
    public async Task SaveVersionAsync_SamePricesSpelledDifferently_UnchangedAndNoVersion()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);
        var same = TariffSamples.Standard with
        {
            Currency = "eur",
            VatRatePercent = 19.00m,
            StartFees = [new PriceComponent(1.000m, new PriceRestriction())],
            Idle = [new PriceComponent(0.1m, new PriceRestriction(Days: Enum.GetValues<DayOfWeek>()))],
        };

        var result = await _db.Tariffs.SaveVersionAsync(id, same, Manager, CancellationToken.None);

        Assert.Equal((TariffChangeStatus.Unchanged, 1), (result.Status, result.Version));
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM TariffVersions"));
        Assert.Equal(0, await _db.Db.CountAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'tariff.version'"));
    }

    [Fact]
    public async Task SaveVersionAsync_OtherCurrency_CurrencyErrorNoVersion()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);

        var result = await _db.Tariffs.SaveVersionAsync(id, TariffSamples.EnergyOnly(0.4m, "CHF"), Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, result.Status);
        Assert.Equal("This tariff prices in EUR; the currency is fixed when a tariff is created.", result.Errors!.For("Currency"));
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM TariffVersions"));
    }

    [Fact]
    public async Task SaveVersionAsync_UnknownTariff_NotFound()
    {
        var result = await _db.Tariffs.SaveVersionAsync(4711, TariffSamples.Standard, Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task RenameAsync_NewNameAndDescription_RenamedAndAuditedWithOldName()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);
        await _db.CreateAsync("Night", TariffSamples.EnergyOnly(0.2m));

        var taken = await _db.Tariffs.RenameAsync(id, "night", null, Manager, CancellationToken.None);
        var renamed = await _db.Tariffs.RenameAsync(id, "Public AC", "Street chargers", Manager, CancellationToken.None);

        Assert.Equal(TariffChangeStatus.Invalid, taken.Status);
        Assert.Equal(TariffChangeStatus.Saved, renamed.Status);
        var detail = (await _db.Queries.GetAsync(id, CancellationToken.None))!;
        Assert.Equal(("Public AC", "Street chargers", 1), (detail.Name, detail.Description, detail.CurrentVersion));
        await using var db = _db.Db.CreateContext();
        Assert.Equal($"#{id}, was Standard", (await db.AuditEntries.SingleAsync(e => e.Action == "tariff.rename")).Details);
    }

    [Fact]
    public async Task SetArchivedAsync_ArchiveThenRestore_BothAuditedRepeatIsUnchanged()
    {
        var id = await _db.CreateAsync("Standard", TariffSamples.Standard);

        var archived = await _db.Tariffs.SetArchivedAsync(id, archived: true, Manager, CancellationToken.None);
        var again = await _db.Tariffs.SetArchivedAsync(id, archived: true, Manager, CancellationToken.None);
        var hidden = await _db.Queries.ListAsync(includeArchived: false, CancellationToken.None);
        var restored = await _db.Tariffs.SetArchivedAsync(id, archived: false, Manager, CancellationToken.None);

        Assert.Equal((TariffChangeStatus.Saved, TariffChangeStatus.Unchanged, TariffChangeStatus.Saved), (archived.Status, again.Status, restored.Status));
        Assert.Empty(hidden);
        Assert.False(Assert.Single(await _db.Queries.ListAsync(includeArchived: false, CancellationToken.None)).IsArchived);
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'tariff.archive'"));
        Assert.Equal(1, await _db.Db.CountAsync("SELECT COUNT(*) FROM AuditEntries WHERE Action = 'tariff.restore'"));
    }
}
