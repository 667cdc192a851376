using System.Text.Json;

namespace EvDashboard.E2E.Ocpp;

/// <summary>A CALL the central system sent to the test charge point, and what the charge point answered.</summary>
public sealed record ServerCall(string MessageId, string Action, JsonElement Payload, JsonElement Answer);
