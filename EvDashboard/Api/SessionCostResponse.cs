using System.ComponentModel;
using EvDashboard.Components.Shared;
using EvDashboard.Core.Tariffs.Pricing;

namespace EvDashboard.Api;

/// <summary>
/// A session's cost: final once it completed (isFinal), else the running cost now. Amounts in major units as exact
/// decimals and the same in minor units (integers, what the ledger stores); total = net + vat.
/// </summary>
internal sealed record SessionCostResponse(
    [property: Description("True once the session completed and its cost is fixed; false for the running cost of an active session.")] bool IsFinal,
    [property: Description("ISO 4217 code.")] string Currency,
    SessionTariffResponse Tariff,
    IReadOnlyList<SessionCostLineResponse> Lines,
    decimal Net,
    decimal Vat,
    decimal VatRatePercent,
    decimal Total,
    long NetMinor,
    long VatMinor,
    long TotalMinor,
    long EnergyWh,
    long ChargingSeconds,
    long IdleSeconds)
{
    public static SessionCostResponse From(SessionCost cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        var b = cost.Breakdown;
        return new SessionCostResponse(
            cost.IsFinal,
            b.Currency,
            new SessionTariffResponse(cost.TariffId, cost.TariffName, cost.TariffVersion),
            [.. b.Lines.Select(line => SessionCostLineResponse.From(line, b.Currency))],
            Money.Major(b.NetMinor, b.Currency),
            Money.Major(b.VatMinor, b.Currency),
            b.VatRatePercent,
            Money.Major(b.TotalMinor, b.Currency),
            b.NetMinor,
            b.VatMinor,
            b.TotalMinor,
            b.EnergyWh,
            b.ChargingSeconds,
            b.IdleSeconds);
    }
}
