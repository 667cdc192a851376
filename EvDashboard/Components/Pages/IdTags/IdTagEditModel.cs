using EvDashboard.Core.Identity;
using EvDashboard.Core.Identity.Queries;

namespace EvDashboard.Components.Pages.IdTags;

/// <summary>The idTag form's fields; kWh and major currency units as operators type them, converted once to Wh and minor units.</summary>
public sealed class IdTagEditModel
{
    public string IdTag { get; set; } = string.Empty;

    public IdTagType Type { get; set; } = IdTagType.RfidCard;

    public IdTagStatus Status { get; set; } = IdTagStatus.Accepted;

    public string? OwnerName { get; set; }

    public string? ParentIdTag { get; set; }

    public DateTime? ExpiresAtUtc { get; set; }

    public int? MaxConcurrentSessions { get; set; }

    public BudgetPeriod? BudgetPeriod { get; set; }

    public decimal? BudgetKwh { get; set; }

    public decimal? BudgetCost { get; set; }

    public string? BudgetCurrency { get; set; }

    public bool NotifyOwner { get; set; }

    public string? OwnerEmail { get; set; }

    public string? OwnerWebhookUrl { get; set; }

    public static IdTagEditModel From(IdTagView tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return new IdTagEditModel
        {
            IdTag = tag.IdTag, Type = tag.Type, Status = tag.Status, OwnerName = tag.OwnerName, ParentIdTag = tag.ParentIdTag,
            ExpiresAtUtc = tag.ExpiresAt?.UtcDateTime, MaxConcurrentSessions = tag.MaxConcurrentSessions,
            BudgetPeriod = tag.Budget?.Period, BudgetKwh = tag.Budget?.EnergyWh / 1000m, BudgetCost = tag.Budget?.CostMinor / 100m,
            BudgetCurrency = tag.Budget?.Currency,
            NotifyOwner = tag.NotifyOwner, OwnerEmail = tag.OwnerEmail, OwnerWebhookUrl = tag.OwnerWebhookUrl,
        };
    }

    /// <summary>The settings, or null with the reason in <paramref name="error"/>.</summary>
    public IdTagSettings? ToSettings(out string? error)
    {
        error = null;
        var parent = string.IsNullOrWhiteSpace(ParentIdTag) ? null : ParentIdTag.Trim();
        if (parent is not null && !Core.Identity.IdTag.IsValidValue(parent))
        {
            error = $"The group is an idTag: 1..{Core.Identity.IdTag.MaxLength} printable ASCII characters.";
            return null;
        }

        TagBudget? budget = null;
        if (BudgetPeriod is { } period)
        {
            var currency = string.IsNullOrWhiteSpace(BudgetCurrency) ? null : BudgetCurrency.Trim().ToUpperInvariant();
            budget = new TagBudget(period, ToLong(BudgetKwh, 1000m), ToLong(BudgetCost, 100m), currency);
            error = budget.Problem();
        }

        var notifications = new IdTagNotifications(OwnerEmail, OwnerWebhookUrl, NotifyOwner);
        error ??= notifications.Problem();
        DateTimeOffset? expires = ExpiresAtUtc is { } e ? new DateTimeOffset(DateTime.SpecifyKind(e, DateTimeKind.Utc)) : null;
        return error is null
            ? new IdTagSettings(Status, expires, parent, MaxConcurrentSessions, Type, string.IsNullOrWhiteSpace(OwnerName) ? null : OwnerName.Trim(), budget, notifications.Normalized())
            : null;
    }

    private static long? ToLong(decimal? value, decimal factor) =>
        value is { } v ? (long)Math.Round(v * factor, MidpointRounding.AwayFromZero) : null;
}
