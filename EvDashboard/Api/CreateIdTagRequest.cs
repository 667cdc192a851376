using System.ComponentModel;

namespace EvDashboard.Api;

/// <summary>Adds an idTag (RFID UID, app token or PIN).</summary>
internal sealed record CreateIdTagRequest(
    [property: Description("1..20 printable ASCII characters; unique regardless of case (OCPP 1.6 CiString20).")] string? IdTag,
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
    public UpdateIdTagRequest ToUpdate() =>
        new(Status, ExpiresAt, ParentIdTag, MaxConcurrentSessions, Type, OwnerName, BudgetPeriod, BudgetEnergyWh, BudgetCostMinor, BudgetCurrency,
            OwnerEmail, OwnerWebhookUrl, NotifyOwner);
}
