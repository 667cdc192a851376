namespace EvDashboard.Core.Sessions.Queries;

/// <summary>One sampled value as the charger sent it (OCPP 1.6 §7.45): <see cref="Value"/> is the raw text, <see cref="Wh"/> the energy in Wh when it is an energy measurand.</summary>
public sealed record MeterSampleView(
    DateTimeOffset Timestamp,
    string Measurand,
    string? Phase,
    string Location,
    string Context,
    string Unit,
    string Value,
    long? Wh);
