using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>How idTag facts read on the pages.</summary>
internal static class IdTagText
{
    public static string Type(IdTagType type) => type switch
    {
        IdTagType.RfidCard => "RFID card",
        IdTagType.AppToken => "App token",
        _ => "PIN",
    };

    public static string Limits(IdTagView tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var parts = new List<string>();
        if (tag.MaxConcurrentSessions is { } max)
        {
            parts.Add($"max {max} at once");
        }

        if (tag.Budget is { } b)
        {
            var per = b.Period.ToString().ToLowerInvariant();
            if (b.EnergyWh is { } wh)
            {
                parts.Add($"{BudgetText.Kwh(wh)} kWh/{per}");
            }

            if (b.CostMinor is { } cost)
            {
                parts.Add($"{BudgetText.Money(cost)} {b.Currency}/{per}");
            }
        }

        return parts.Count == 0 ? "none" : string.Join(" · ", parts);
    }

    /// <summary>Cost use is honest about tariffs: sessions have no price yet, so cost use counts zero.</summary>
    public static string Use(BudgetUse? use)
    {
        if (use is null)
        {
            return "—";
        }

        var parts = new List<string>();
        if (use.Budget.EnergyWh is { } wh)
        {
            parts.Add($"{BudgetText.Kwh(use.EnergyWh)} of {BudgetText.Kwh(wh)} kWh");
        }

        if (use.Budget.CostMinor is { } cost)
        {
            parts.Add($"{BudgetText.Money(use.CostMinor)} of {BudgetText.Money(cost)} {use.Budget.Currency} (no tariffs yet: counts 0)");
        }

        return string.Join(" · ", parts);
    }
}
