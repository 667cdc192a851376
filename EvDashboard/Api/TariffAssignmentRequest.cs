using System.ComponentModel;
using EvDashboard.Core.Tariffs;
using EvDashboard.Core.Tariffs.Administration;

namespace EvDashboard.Api;

/// <summary>Puts a tariff on the site, a charge point or a connector; an existing assignment for the same place and group gets this tariff instead.</summary>
internal sealed record TariffAssignmentRequest(
    [property: Description("Site, ChargePoint or Connector.")] TariffScope Scope,
    [property: Description("For ChargePoint and Connector.")] string? ChargePointId = null,
    [property: Description("For Connector: 1 or higher.")] int? ConnectorId = null,
    [property: Description("Only for idTags in this group (OCPP parentIdTag); omitted means every driver.")] string? IdTagGroup = null)
{
    public TariffTarget ToTarget() => new(Scope, ChargePointId, ConnectorId, IdTagGroup);
}
