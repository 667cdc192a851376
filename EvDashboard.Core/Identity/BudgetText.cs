using System.Globalization;

namespace EvDashboard.Core.Identity;

/// <summary>Budget figures as operators read them (invariant culture: reasons are stored and compared as text).</summary>
public static class BudgetText
{
    /// <summary>Wh as kWh with one decimal, rounded half away from zero (52 345 Wh → "52.3").</summary>
    public static string Kwh(long wh) =>
        Math.Round(wh / 1000m, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Minor units as major units with two decimals (ISO 4217 currencies with 2 digits are all we price in).</summary>
    public static string Money(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
