using System.Text.Json;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>A request: <c>[2, "&lt;UniqueId&gt;", "&lt;Action&gt;", {&lt;Payload&gt;}]</c> (OCPP-J 1.6 §4.2.1).</summary>
/// <param name="Payload">Always a JSON object; it owns its memory, so it stays valid after parsing.</param>
public sealed record OcppCall(string MessageId, string Action, JsonElement Payload) : OcppFrame(MessageId);
