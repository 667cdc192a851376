using System.ComponentModel;
using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Api;

/// <summary>
/// Replaces an idTag's settings: an omitted field takes its default (Accepted, RFID card, no owner, no expiry, no parent,
/// no limit, no budget, no driver notifications).
/// </summary>
internal sealed record UpdateIdTagRequest(
    [property: Description("Accepted (the default), Blocked, Expired or Invalid.")] string? Status = null,
    [property: Description("When the tag stops being accepted; omitted means never.")] DateTimeOffset? ExpiresAt = null,
    [property: Description("The group tag (OCPP 1.6 parentIdTag).")] string? ParentIdTag = null,
    [property: Description("How many sessions may run at once with this tag; omitted means no limit.")] int? MaxConcurrentSessions = null,
    [property: Description("RfidCard (the default), AppToken or Pin.")] string? Type = null,
    [property: Description("Who the tag belongs to.")] string? OwnerName = null,
    [property: Description("Day, Week or Month (site time zone); omitted means no budget.")] string? BudgetPeriod = null,
    [property: Description("Energy allowed per budget period, in Wh.")] long? BudgetEnergyWh = null,
    [property: Description("Cost allowed per budget period, in minor units of budgetCurrency (enforced once sessions are priced).")] long? BudgetCostMinor = null,
    [property: Description("ISO 4217 currency of budgetCostMinor.")] string? BudgetCurrency = null,
    [property: Description("The owner's e-mail for driver notifications (session completed, about to end, idle fee starting).")] string? OwnerEmail = null,
    [property: Description("The owner's webhook (an app or SMS gateway), an absolute http(s) URL of at most 500 characters.")] string? OwnerWebhookUrl = null,
    [property: Description("The owner opted in to notifications (needs ownerEmail or ownerWebhookUrl); omitted means no.")] bool? NotifyOwner = null)
{
    /// <summary>The settings, or null with <paramref name="errors"/> filled in.</summary>
    public IdTagSettings? ToSettings(Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var status = ParseEnum(Status, "status", IdTagStatus.Accepted, errors);
        var type = ParseEnum(Type, "type", IdTagType.RfidCard, errors);
        var budget = ToBudget(errors);
        if (OwnerName is { Length: > IdTag.MaxOwnerNameLength })
        {
            errors["ownerName"] = [$"At most {IdTag.MaxOwnerNameLength} characters."];
        }

        if (ParentIdTag is not null && !IdTag.IsValidValue(ParentIdTag))
        {
            errors["parentIdTag"] = [$"1..{IdTag.MaxLength} printable ASCII characters."];
        }

        if (MaxConcurrentSessions is < 1)
        {
            errors["maxConcurrentSessions"] = ["At least 1; omit it for no limit."];
        }

        var notifications = ToNotifications(errors);
        return errors.Count == 0 ? new IdTagSettings(status, ExpiresAt, ParentIdTag, MaxConcurrentSessions, type, OwnerName, budget, notifications) : null;
    }

    private IdTagNotifications ToNotifications(Dictionary<string, string[]> errors)
    {
        var notifications = new IdTagNotifications(OwnerEmail, OwnerWebhookUrl, NotifyOwner ?? false);
        if (notifications.Check() is { } problem)
        {
            var field = problem.Field switch
            {
                nameof(IdTagNotifications.Email) => "ownerEmail",
                nameof(IdTagNotifications.WebhookUrl) => "ownerWebhookUrl",
                _ => "notifyOwner",
            };
            errors[field] = [problem.Message];
        }

        return notifications.Normalized();
    }

    private TagBudget? ToBudget(Dictionary<string, string[]> errors)
    {
        if (BudgetPeriod is null)
        {
            if (BudgetEnergyWh is not null || BudgetCostMinor is not null)
            {
                errors["budgetPeriod"] = ["Day, Week or Month: a budget limit needs a period."];
            }

            return null;
        }

        var budget = new TagBudget(ParseEnum(BudgetPeriod, "budgetPeriod", Core.Identity.BudgetPeriod.Day, errors), BudgetEnergyWh, BudgetCostMinor, BudgetCurrency);
        if (budget.Problem() is { } problem)
        {
            errors["budget"] = [problem];
        }

        return budget;
    }

    private static T ParseEnum<T>(string? value, string field, T fallback, Dictionary<string, string[]> errors)
        where T : struct, Enum
    {
        if (value is null)
        {
            return fallback;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Any(char.IsAsciiDigit))
        {
            return parsed;
        }

        errors[field] = [$"One of {string.Join(", ", Enum.GetNames<T>())}."];
        return fallback;
    }
}
