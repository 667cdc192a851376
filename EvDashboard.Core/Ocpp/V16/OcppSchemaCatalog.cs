using System.Collections.Frozen;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>Every action's schemas, looked up by action name; built once, read on every message.</summary>
internal static class OcppSchemaCatalog
{
    public static FrozenDictionary<string, OcppActionSchema> ByAction { get; } = OcppCoreSchemas.All
        .Concat(OcppFeatureProfileSchemas.All)
        .ToFrozenDictionary(schema => schema.Action, StringComparer.Ordinal);
}
