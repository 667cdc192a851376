using System.Globalization;

namespace EvDashboard.Core.Tariffs.Administration;

/// <summary>Where an assignment puts a tariff: the site, a charge point or one connector, optionally for one idTag group only.</summary>
public sealed record TariffTarget(TariffScope Scope, string? ChargePointId = null, int? ConnectorId = null, string? IdTagGroup = null)
{
    /// <summary>OCPP 1.6 parentIdTag is an IdToken, a CiString20.</summary>
    public const int MaxGroupLength = 20;

    public string? Group => string.IsNullOrWhiteSpace(IdTagGroup) ? null : IdTagGroup.Trim();

    /// <summary>"the site", "charge point CP-1", "CP-1 connector 2", with " for group FLEET" when limited to a group.</summary>
    public string Describe()
    {
        var place = Scope switch
        {
            TariffScope.ChargePoint => $"charge point {ChargePointId}",
            TariffScope.Connector => $"{ChargePointId} connector {ConnectorId?.ToString(CultureInfo.InvariantCulture)}",
            _ => "the site",
        };
        return Group is { } group ? $"{place} for group {group}" : place;
    }
}
