namespace EvDashboard.Core.Ocpp.V16;

/// <summary>What one JSON value must look like; a tiny subset of JSON Schema, enough for the OCPP 1.6 schemas.</summary>
internal sealed class OcppValueSchema
{
    public required OcppSchemaKind Kind { get; init; }

    /// <summary>CiStringNN length for strings; counted in characters (code points), as JSON Schema does.</summary>
    public int? MaxLength { get; init; }

    /// <summary>The "enum" of a string.</summary>
    public OcppAllowedValues? AllowedValues { get; init; }

    /// <summary>Inclusive lower bound of an integer, where the spec's text gives one (e.g. "connectorId &gt; 0").</summary>
    public int? Minimum { get; init; }

    /// <summary>For arrays: 1 where the spec's cardinality is 1..*.</summary>
    public int MinItems { get; init; }

    /// <summary>For arrays: the schema every element must match.</summary>
    public OcppValueSchema? Items { get; init; }

    /// <summary>For objects: the known properties, checked in this order so the first error is deterministic.</summary>
    public OcppFieldSchema[] Properties { get; init; } = [];
}
