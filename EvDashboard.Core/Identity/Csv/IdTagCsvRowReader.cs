using System.Globalization;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Core.Identity.Csv;

/// <summary>Turns one CSV row's fields into idTag settings, collecting every problem rather than stopping at the first.</summary>
internal static class IdTagCsvRowReader
{
    public static IdTagSettings? Read(Func<string, string?> field, List<string> errors)
    {
        var status = Enum<IdTagStatus>(field(IdTagCsvColumns.Status), IdTagCsvColumns.Status, IdTagStatus.Accepted, errors);
        var type = Enum<IdTagType>(field(IdTagCsvColumns.Type), IdTagCsvColumns.Type, IdTagType.RfidCard, errors);
        var owner = Text(field(IdTagCsvColumns.OwnerName));
        if (owner is { Length: > IdTag.MaxOwnerNameLength })
        {
            errors.Add($"{IdTagCsvColumns.OwnerName}: at most {IdTag.MaxOwnerNameLength} characters.");
        }

        var parent = Text(field(IdTagCsvColumns.ParentIdTag));
        if (parent is not null && !IdTag.IsValidValue(parent))
        {
            errors.Add($"{IdTagCsvColumns.ParentIdTag}: 1..{IdTag.MaxLength} printable ASCII characters.");
        }

        DateTimeOffset? expires = null;
        if (Text(field(IdTagCsvColumns.ExpiresAtUtc)) is { } e)
        {
            if (DateTimeOffset.TryParse(e, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                expires = parsed;
            }
            else
            {
                errors.Add($"{IdTagCsvColumns.ExpiresAtUtc}: '{e}' is not a date and time (e.g. 2027-12-31T23:59:59Z).");
            }
        }

        var max = Number(field(IdTagCsvColumns.MaxConcurrentSessions), IdTagCsvColumns.MaxConcurrentSessions, errors);
        if (max is < 1 or > int.MaxValue)
        {
            errors.Add($"{IdTagCsvColumns.MaxConcurrentSessions}: at least 1, or empty for no limit.");
        }

        var budget = Budget(field, errors);
        return errors.Count == 0 ? new IdTagSettings(status, expires, parent, (int?)max, type, owner, budget) : null;
    }

    private static TagBudget? Budget(Func<string, string?> field, List<string> errors)
    {
        var energy = Number(field(IdTagCsvColumns.BudgetEnergyWh), IdTagCsvColumns.BudgetEnergyWh, errors);
        var cost = Number(field(IdTagCsvColumns.BudgetCostMinor), IdTagCsvColumns.BudgetCostMinor, errors);
        var currency = Text(field(IdTagCsvColumns.BudgetCurrency));
        if (Text(field(IdTagCsvColumns.BudgetPeriod)) is not { } period)
        {
            if (energy is not null || cost is not null)
            {
                errors.Add($"{IdTagCsvColumns.BudgetPeriod}: a budget limit needs a period (Day, Week or Month).");
            }

            return null;
        }

        var budget = new TagBudget(Enum<BudgetPeriod>(period, IdTagCsvColumns.BudgetPeriod, BudgetPeriod.Day, errors), energy, cost, currency);
        if (budget.Problem() is { } problem)
        {
            errors.Add($"budget: {problem}");
        }

        return budget;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static long? Number(string? value, string column, List<string> errors)
    {
        if (Text(value) is not { } text)
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add($"{column}: '{text}' is not a whole number.");
        return null;
    }

    private static T Enum<T>(string? value, string column, T fallback, List<string> errors)
        where T : struct, Enum
    {
        if (Text(value) is not { } text)
        {
            return fallback;
        }

        if (System.Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, text, StringComparison.OrdinalIgnoreCase)) is { } name)
        {
            return System.Enum.Parse<T>(name);
        }

        errors.Add($"{column}: '{text}' is not one of {string.Join(", ", System.Enum.GetNames<T>())}.");
        return fallback;
    }
}
