using System.Text.Json;
using EvDashboard.Core.Ocpp.Commands;

namespace EvDashboard.Api;

/// <summary>The charger's answer to an operator command: <see cref="Response"/> is its CALLRESULT payload.</summary>
internal sealed record CommandResponse(CommandOutcome Outcome, JsonElement? Response, string? ErrorCode, string? ErrorDescription);
