using EvDashboard.Core.Stations;

namespace EvDashboard.Core.Tariffs;

/// <summary>
/// Puts a tariff on the site, a charge point or one connector, optionally only for the idTags of one group
/// (the OCPP parent idTag). At most one assignment exists per scope and group.
/// </summary>
public sealed class TariffAssignment
{
    private TariffAssignment()
    {
        CreatedBy = string.Empty;
    }

    public TariffAssignment(int tariffId, TariffScope scope, string? chargePointId, int? connectorId, string? idTagGroup, string createdBy, DateTimeOffset createdAt)
    {
        var shapeIsValid = scope switch
        {
            TariffScope.Site => chargePointId is null && connectorId is null,
            TariffScope.ChargePoint => ChargePoint.IsValidId(chargePointId) && connectorId is null,
            TariffScope.Connector => ChargePoint.IsValidId(chargePointId) && connectorId >= 1,
            _ => false,
        };
        if (!shapeIsValid)
        {
            throw new ArgumentException("A site assignment names no charge point; a charge point one names the charge point; a connector one names both.", nameof(scope));
        }

        TariffId = tariffId;
        Scope = scope;
        ChargePointId = chargePointId;
        ConnectorId = connectorId;
        IdTagGroup = string.IsNullOrWhiteSpace(idTagGroup) ? null : idTagGroup;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public int Id { get; private set; }

    public int TariffId { get; private set; }

    public TariffScope Scope { get; private set; }

    public string? ChargePointId { get; private set; }

    public int? ConnectorId { get; private set; }

    /// <summary>Null: every driver. Otherwise only idTags whose parent idTag (group) is this value.</summary>
    public string? IdTagGroup { get; private set; }

    public string CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Higher is more specific: a group override beats any assignment for everyone, then connector > charge point > site.</summary>
    public int Specificity => (IdTagGroup is null ? 0 : 10) + (int)Scope;

    public void ChangeTariff(int tariffId) => TariffId = tariffId;
}
