using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Stations.Queries;

/// <summary>The answer to GetConfiguration: the keys with their values and whether they can be changed (OCPP 1.6 §6.24).</summary>
public sealed record ConfigurationReadout(CommandAnswer Answer, IReadOnlyList<KeyValue> Keys, IReadOnlyList<string> UnknownKeys);
