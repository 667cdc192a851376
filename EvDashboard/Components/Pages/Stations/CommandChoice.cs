namespace EvDashboard.Components.Pages.Stations;

/// <summary>One option of a command's drop-down: the value sent and the words shown.</summary>
internal sealed record CommandChoice<T>(T Value, string Text);
