namespace EvDashboard.Components.Pages.ChargePoints;

/// <summary>A key on screen until the operator dismisses it; never kept beyond the page.</summary>
internal sealed record NewKeyShown(string ChargePointId, string KeyHex, string Message);
