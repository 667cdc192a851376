namespace EvDashboard.Core.Sessions.Queries;

/// <summary>A stored sample that can contribute to a session's curve (energy register, active power or SoC); <see cref="Id"/> orders arrival.</summary>
public sealed record CurveSample(long Id, DateTimeOffset Timestamp, string Measurand, string Phase, string Location, string Unit, decimal? Value, long? Wh);
