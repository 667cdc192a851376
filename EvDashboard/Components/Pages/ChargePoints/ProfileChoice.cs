using EvDashboard.Core.Stations;

namespace EvDashboard.Components.Pages.ChargePoints;

internal sealed record ProfileChoice(SecurityProfile Value, string Text);
