using System.ComponentModel;
using EvDashboard.Core.Tariffs;

namespace EvDashboard.Api;

/// <summary>Creates a tariff and its version 1.</summary>
internal sealed record CreateTariffRequest(
    [property: Description("1..100 characters; unique regardless of case.")] string? Name,
    [property: Description("Up to 500 characters.")] string? Description,
    [property: Description("The prices (docs/TARIFFS.md); its currency is the tariff's for good.")] TariffDefinition? Definition);
