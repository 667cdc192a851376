namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Short constructors for <see cref="OcppValueSchema"/>, so each message's schema reads like the spec's table.
/// </summary>
internal static class OcppSchemaBuilder
{
    public static OcppValueSchema Empty { get; } = Shape();

    public static OcppValueSchema Shape(params OcppFieldSchema[] fields) =>
        new() { Kind = OcppSchemaKind.Object, Properties = fields };

    public static OcppValueSchema CiStringValue(int maxLength) =>
        new() { Kind = OcppSchemaKind.String, MaxLength = maxLength };

    /// <summary>A CiStringNN field (OCPP 1.6 §7.15 to §7.19).</summary>
    public static OcppFieldSchema CiString(string name, int maxLength, OcppPresence presence = OcppPresence.Optional) =>
        new(name, CiStringValue(maxLength), presence);

    /// <summary>A string of undefined length, such as DataTransfer's data.</summary>
    public static OcppFieldSchema Text(string name, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.String }, presence);

    public static OcppFieldSchema OneOf(string name, OcppAllowedValues values, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.String, AllowedValues = values }, presence);

    public static OcppFieldSchema Int(string name, OcppPresence presence = OcppPresence.Optional, int? minimum = null) =>
        new(name, new() { Kind = OcppSchemaKind.Integer, Minimum = minimum }, presence);

    /// <summary>A decimal with at most one fraction digit ("multipleOf": 0.1).</summary>
    public static OcppFieldSchema Tenths(string name, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.Tenths }, presence);

    public static OcppFieldSchema Bool(string name, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.Boolean }, presence);

    public static OcppFieldSchema Time(string name, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.DateTime }, presence);

    public static OcppFieldSchema AnyUri(string name, OcppPresence presence = OcppPresence.Optional) =>
        new(name, new() { Kind = OcppSchemaKind.Uri }, presence);

    public static OcppFieldSchema Nested(string name, OcppValueSchema shape, OcppPresence presence = OcppPresence.Optional) =>
        new(name, shape, presence);

    public static OcppFieldSchema ArrayOf(
        string name, OcppValueSchema items, OcppPresence presence = OcppPresence.Optional, int minItems = 0) =>
        new(name, new() { Kind = OcppSchemaKind.Array, Items = items, MinItems = minItems }, presence);
}
