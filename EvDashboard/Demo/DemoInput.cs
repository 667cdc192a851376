using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Demo;

/// <summary>What a simulated charge point reacts to, one at a time, so its state needs no locks.</summary>
internal readonly record struct DemoInput(DemoInputKind Kind, OcppCall? Call = null);
