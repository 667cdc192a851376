using System.Text.Json;

namespace EvDashboard.Core.Ocpp.Framing;

/// <summary>A successful answer: <c>[3, "&lt;UniqueId&gt;", {&lt;Payload&gt;}]</c> (OCPP-J 1.6 §4.2.2).</summary>
/// <param name="Payload">Always a JSON object; it owns its memory, so it stays valid after parsing.</param>
public sealed record OcppCallResult(string MessageId, JsonElement Payload) : OcppFrame(MessageId);
