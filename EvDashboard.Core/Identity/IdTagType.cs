namespace EvDashboard.Core.Identity;

/// <summary>What kind of token a driver presents; OCPP 1.6 sees only the idTag string, the operator needs to know which.</summary>
public enum IdTagType
{
    RfidCard,
    AppToken,
    Pin,
}
