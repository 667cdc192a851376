namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>The subject of a "playbook-exhausted" alert: "CP-1/2" for a connector, "CP-1/0" for the charge point as a whole.</summary>
internal static class ExhaustedSubject
{
    public static string For(string chargePointId, int connectorId) => $"{chargePointId}/{connectorId}";

    public static int? ConnectorOf(string subject) =>
        subject.LastIndexOf('/') is var slash and >= 0 && int.TryParse(subject.AsSpan(slash + 1), out var connectorId) ? connectorId : null;
}
