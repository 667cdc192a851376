using System.Text.Json;

namespace EvDashboard.Core.Healing.Playbooks;

/// <summary>One OCPP command a playbook step sends, with a few words for the run's detail.</summary>
internal sealed record PlaybookCommand(string Action, JsonElement Payload, string Label);
