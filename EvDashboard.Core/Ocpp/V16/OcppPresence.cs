namespace EvDashboard.Core.Ocpp.V16;

/// <summary>A field's cardinality in the OCPP 1.6 message tables: 0..1 / 0..* or 1..1 / 1..*.</summary>
internal enum OcppPresence
{
    Optional,
    Required,
}
