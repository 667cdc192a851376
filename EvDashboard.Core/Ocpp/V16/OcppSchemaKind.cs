namespace EvDashboard.Core.Ocpp.V16;

/// <summary>The JSON shapes the OCPP 1.6 schemas use.</summary>
internal enum OcppSchemaKind
{
    /// <summary>"type": "string", optionally with "maxLength" (CiString) or "enum".</summary>
    String,

    /// <summary>"type": "string", "format": "date-time".</summary>
    DateTime,

    /// <summary>"type": "string", "format": "uri".</summary>
    Uri,

    /// <summary>"type": "integer"; bound to <see cref="int"/>.</summary>
    Integer,

    /// <summary>"type": "number", "multipleOf": 0.1; bound to <see cref="decimal"/>.</summary>
    Tenths,

    /// <summary>"type": "boolean".</summary>
    Boolean,

    /// <summary>"type": "object" with named properties.</summary>
    Object,

    /// <summary>"type": "array" of one item schema.</summary>
    Array,
}
