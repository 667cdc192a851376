namespace EvDashboard.Core.Live;

/// <summary>Something that changed on the network, published after it is durably stored.</summary>
public abstract record LiveEvent(string ChargePointId, DateTimeOffset At);
