namespace EvDashboard.Core.Alerts;

/// <summary>Who a delivery is for: the operators of the network, or the driver who owns the session's idTag (opt-in).</summary>
public enum DeliveryAudience
{
    Operator,
    Driver,
}
