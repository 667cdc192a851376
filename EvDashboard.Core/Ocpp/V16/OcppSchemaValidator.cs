using System.Text.Json;
using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Checks an OCPP 1.6 payload against its JSON schema before it is bound to a record, so that each violation is
/// answered with the CALLERROR code OCPP-J 1.6 §4.2.3 prescribes instead of surfacing as a serializer exception.
/// </summary>
/// <remarks>
/// Covers the request and the response of all 28 actions, following the official OCPP 1.6 JSON schemas plus the
/// integer minimums the spec's tables state in words. Lookups go through a frozen dictionary built once, and a
/// valid payload is checked without allocating: this runs for every message from every charger.
/// </remarks>
public static class OcppSchemaValidator
{
    /// <summary>Null when <paramref name="payload"/> is valid; otherwise the first violation, in schema order.</summary>
    public static OcppValidationError? Validate(string action, OcppMessageDirection direction, JsonElement payload)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (!OcppSchemaCatalog.ByAction.TryGetValue(action, out var schemas))
        {
            return new OcppValidationError(OcppErrorCode.NotImplemented, $"{action} is not an OCPP 1.6 action.");
        }

        if (payload.ValueKind != JsonValueKind.Object)
        {
            return new OcppValidationError(OcppErrorCode.FormationViolation, "The payload is not a JSON object.");
        }

        var schema = direction == OcppMessageDirection.Request ? schemas.Request : schemas.Response;
        return OcppPayloadChecker.CheckObject(payload, schema)?.ToError();
    }
}
