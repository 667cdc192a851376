using System.Text.Json;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>
/// A failed answer: <c>[4, "&lt;UniqueId&gt;", "&lt;errorCode&gt;", "&lt;errorDescription&gt;", {&lt;errorDetails&gt;}]</c>
/// (OCPP-J 1.6 §4.2.3).
/// </summary>
/// <param name="ErrorCode">Kept as the string the peer sent: a charger may use a code outside the 1.6 table.</param>
/// <param name="ErrorDetails">A JSON object; an empty object when the peer left the element out.</param>
public sealed record OcppCallError(string MessageId, string ErrorCode, string ErrorDescription, JsonElement ErrorDetails)
    : OcppFrame(MessageId);
