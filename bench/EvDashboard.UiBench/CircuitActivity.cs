namespace EvDashboard.UiBench;

/// <summary>What one page saw during the measured window.</summary>
/// <param name="Updates">DOM updates that changed a connector's power or energy figure.</param>
/// <param name="MaxGapMs">Longest time between two such updates (or from the window's start to the first).</param>
/// <param name="FiguresChanged">Whether the power/energy texts at the end differ from those at the start.</param>
/// <param name="Rows">Station rows in the page's DOM (the list is virtualised: only rows on screen exist).</param>
internal sealed record CircuitActivity(int Updates, double MaxGapMs, bool FiguresChanged, int Rows);
