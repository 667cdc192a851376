using EvDashboard.Core.Ocpp.Framing;

namespace EvDashboard.Core.Ocpp.V16;

/// <summary>
/// Why a payload does not match its OCPP 1.6 JSON schema, as the CALLERROR to answer with.
/// </summary>
/// <param name="Description">A short sentence that starts with the JSON path, e.g. <c>idTag: longer than 20 characters</c>.</param>
public sealed record OcppValidationError(OcppErrorCode Code, string Description);
