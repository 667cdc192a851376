using EvDashboard.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace EvDashboard.Core.Revenue.Reports;

/// <summary>
/// The names behind the rollups' keys (charge point names, tariff names) and the charge points and connectors that
/// exist, so that a station that did nothing still gets its row of zeros.
/// </summary>
internal sealed class ReportCatalogue
{
    private readonly Dictionary<string, string?> _chargePointNames;
    private readonly Dictionary<long, string> _tariffNames;

    private ReportCatalogue(Dictionary<string, string?> chargePointNames, IReadOnlyList<ReportKey> connectors, Dictionary<long, string> tariffNames)
    {
        _chargePointNames = chargePointNames;
        Connectors = connectors;
        _tariffNames = tariffNames;
    }

    public IEnumerable<ReportKey> ChargePoints => _chargePointNames.Keys.Select(id => new ReportKey(id, 0));

    public IReadOnlyList<ReportKey> Connectors { get; }

    public static async Task<ReportCatalogue> LoadAsync(EvDashboardDbContext db, string? chargePointId, bool withTariffs, CancellationToken cancellationToken)
    {
        var chargePoints = await db.ChargePoints.AsNoTracking()
            .Where(c => chargePointId == null || c.Id == chargePointId)
            .Select(c => new { c.Id, c.Name })
            .ToDictionaryAsync(c => c.Id, c => c.Name, StringComparer.Ordinal, cancellationToken);
        // Connector 0 is the charge point as a whole, never a place a car charges.
        var connectors = await db.Connectors.AsNoTracking()
            .Where(c => c.ConnectorId >= 1 && (chargePointId == null || c.ChargePointId == chargePointId))
            .Select(c => new { c.ChargePointId, c.ConnectorId })
            .ToListAsync(cancellationToken);
        var tariffs = withTariffs
            ? await db.Tariffs.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => (long)t.Id, t => t.Name, cancellationToken)
            : [];
        return new ReportCatalogue(chargePoints, connectors.ConvertAll(c => new ReportKey(c.ChargePointId, c.ConnectorId)), tariffs);
    }

    public string? ChargePointName(string id) => _chargePointNames.GetValueOrDefault(id);

    public string TariffName(long id) => id == 0 ? "No tariff" : _tariffNames.GetValueOrDefault(id) ?? $"Tariff #{id}";
}
