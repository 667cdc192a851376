using System.ComponentModel;
using EvDashboard.Core.Tariffs;

namespace EvDashboard.Api;

/// <summary>New prices for a tariff: stored as the next version unless they equal the current one.</summary>
internal sealed record TariffVersionRequest(
    [property: Description("The prices, in the tariff's currency.")] TariffDefinition? Definition);
