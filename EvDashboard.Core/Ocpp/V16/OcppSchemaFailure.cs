using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// A violation found deep in a payload. The path is built while the check unwinds, so a valid payload never pays
/// for path strings.
/// </summary>
internal sealed record OcppSchemaFailure(OcppErrorCode Code, string Path, string Message)
{
    public static OcppSchemaFailure Missing() =>
        new(OcppErrorCode.OccurenceConstraintViolation, string.Empty, "required field is missing");

    public static OcppSchemaFailure WrongType(string message) =>
        new(OcppErrorCode.TypeConstraintViolation, string.Empty, message);

    public static OcppSchemaFailure BadValue(string message) =>
        new(OcppErrorCode.PropertyConstraintViolation, string.Empty, message);

    /// <summary>Prefixes a property name or an "[index]" segment: <c>sampledValue</c> + <c>[1].unit</c>.</summary>
    public OcppSchemaFailure Under(string segment) => this with
    {
        Path = Path.Length == 0 ? segment : Path[0] == '[' ? segment + Path : segment + "." + Path,
    };

    public OcppValidationError ToError() => new(Code, Path.Length == 0 ? Message : $"{Path}: {Message}");
}
