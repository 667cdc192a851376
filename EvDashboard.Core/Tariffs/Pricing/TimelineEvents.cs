using EvDashboard.Core.Tariffs.Calculation;

namespace EvDashboard.Core.Tariffs.Pricing;

/// <summary>A session's stored register readings and its connector's status changes, both in time order.</summary>
internal sealed record TimelineEvents(IReadOnlyList<EnergyReading> Readings, IReadOnlyList<StatusPoint> Statuses);
