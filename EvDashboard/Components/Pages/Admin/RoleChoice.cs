namespace EvDashboard.Components.Pages.Admin;

internal sealed record RoleChoice(string Value, string Text);
