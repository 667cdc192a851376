namespace EvDashboard.Core.Identity.Queries;

/// <summary>
/// What an operator sets on an idTag (checked by <see cref="IdTag.Update"/>, <see cref="IdTag.Describe"/>,
/// <see cref="IdTag.SetBudget"/> and <see cref="IdTag.SetNotifications"/>). Null <see cref="Notifications"/> leaves the
/// driver's notification settings as they are (a CSV import does not carry them).
/// </summary>
public sealed record IdTagSettings(
    IdTagStatus Status,
    DateTimeOffset? ExpiresAt,
    string? ParentIdTag,
    int? MaxConcurrentSessions,
    IdTagType Type = IdTagType.RfidCard,
    string? OwnerName = null,
    TagBudget? Budget = null,
    IdTagNotifications? Notifications = null)
{
    public static IdTagSettings Of(IdTag tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        return new(tag.Status, tag.ExpiresAt, tag.ParentIdTag, tag.MaxConcurrentSessions, tag.Type, tag.OwnerName, tag.Budget, tag.Notifications);
    }

    /// <summary>The settings in words for the audit trail.</summary>
    public string Describe()
    {
        var budget = Budget is { } b
            ? $"{b.Period}: {(b.EnergyWh is { } wh ? $"{BudgetText.Kwh(wh)} kWh" : "no kWh limit")}, "
              + $"{(b.CostMinor is { } c ? $"{BudgetText.Money(c)} {b.Currency}" : "no cost limit")}"
            : "none";
        return $"status={Status}; type={Type}; owner={OwnerName ?? "-"}; expires={ExpiresAt?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "never"}; "
               + $"group={ParentIdTag ?? "-"}; maxConcurrent={MaxConcurrentSessions?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no limit"}; budget={budget}"
               + (Notifications is { } n ? $"; {n.Describe()}" : string.Empty);
    }

    internal void ApplyTo(IdTag tag, DateTimeOffset at)
    {
        tag.Update(Status, ExpiresAt, ParentIdTag, MaxConcurrentSessions, at);
        tag.Describe(Type, OwnerName, at);
        tag.SetBudget(Budget, at);
        if (Notifications is { } notifications)
        {
            tag.SetNotifications(notifications.Email, notifications.WebhookUrl, notifications.OptIn, at);
        }
    }
}
