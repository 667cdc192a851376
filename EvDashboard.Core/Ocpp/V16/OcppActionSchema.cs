namespace EvDashboard.Core.Ocpp.V16;

/// <summary>The request (.req) and response (.conf) schemas of one action.</summary>
internal sealed record OcppActionSchema(string Action, OcppValueSchema Request, OcppValueSchema Response);
