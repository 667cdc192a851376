namespace EvDashboard.Core.Identity;

/// <summary>A driver's token: RFID UID, app token or PIN (OCPP 1.6 IdToken, CiString20, compared case-insensitively).</summary>
public sealed class IdTag
{
    public const int MaxLength = 20;

    public const int MaxOwnerNameLength = 100;

    private IdTag()
    {
        Value = string.Empty;
    }

    public IdTag(string value, DateTimeOffset createdAt)
    {
        if (!IsValidValue(value))
        {
            throw new ArgumentException($"An idTag is 1..{MaxLength} printable ASCII characters.", nameof(value));
        }

        Value = value;
        Status = IdTagStatus.Accepted;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public string Value { get; private set; }

    public IdTagStatus Status { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public string? ParentIdTag { get; private set; }

    /// <summary>How many sessions the tag may have running at once; null means no limit.</summary>
    public int? MaxConcurrentSessions { get; private set; }

    public IdTagType Type { get; private set; }

    public string? OwnerName { get; private set; }

    public BudgetPeriod? BudgetPeriod { get; private set; }

    public long? BudgetEnergyWh { get; private set; }

    public long? BudgetCostMinor { get; private set; }

    public string? BudgetCurrency { get; private set; }

    /// <summary>The tag's budget, or null when it has none.</summary>
    public TagBudget? Budget => BudgetPeriod is { } period ? new TagBudget(period, BudgetEnergyWh, BudgetCostMinor, BudgetCurrency) : null;

    /// <summary>The owner's e-mail for driver notifications (session completed, about to end, idle fee starting).</summary>
    public string? OwnerEmail { get; private set; }

    /// <summary>The owner's webhook (an app or SMS gateway) for the same notifications.</summary>
    public string? OwnerWebhookUrl { get; private set; }

    /// <summary>The owner opted in to notifications; without it nothing is sent to them, whatever is on file.</summary>
    public bool NotifyOwner { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static bool IsValidValue(string? value) =>
        !string.IsNullOrEmpty(value) && value.Length <= MaxLength && value.All(c => c >= ' ' && c < 127);

    public void Update(IdTagStatus status, DateTimeOffset? expiresAt, string? parentIdTag, int? maxConcurrentSessions, DateTimeOffset at)
    {
        if (parentIdTag is not null && !IsValidValue(parentIdTag))
        {
            throw new ArgumentException($"A parent idTag is 1..{MaxLength} printable ASCII characters.", nameof(parentIdTag));
        }

        if (maxConcurrentSessions is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(maxConcurrentSessions), "At least 1, or no limit.");
        }

        Status = status;
        ExpiresAt = expiresAt;
        ParentIdTag = parentIdTag;
        MaxConcurrentSessions = maxConcurrentSessions;
        UpdatedAt = at;
    }

    public void Describe(IdTagType type, string? ownerName, DateTimeOffset at)
    {
        var owner = string.IsNullOrWhiteSpace(ownerName) ? null : ownerName.Trim();
        if (owner is { Length: > MaxOwnerNameLength })
        {
            throw new ArgumentException($"An owner name is at most {MaxOwnerNameLength} characters.", nameof(ownerName));
        }

        Type = type;
        OwnerName = owner;
        UpdatedAt = at;
    }

    public void SetBudget(TagBudget? budget, DateTimeOffset at)
    {
        if (budget?.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(budget));
        }

        BudgetPeriod = budget?.Period;
        BudgetEnergyWh = budget?.EnergyWh;
        BudgetCostMinor = budget?.CostMinor;
        BudgetCurrency = budget?.Currency;
        UpdatedAt = at;
    }

    /// <summary>Sets where the owner's notifications go and whether they opted in; throws <see cref="ArgumentException"/> with the reason for a bad value.</summary>
    public void SetNotifications(string? email, string? webhookUrl, bool optIn, DateTimeOffset at)
    {
        var notifications = new IdTagNotifications(email, webhookUrl, optIn);
        if (notifications.Problem() is { } problem)
        {
            throw new ArgumentException(problem, nameof(email));
        }

        notifications = notifications.Normalized();
        OwnerEmail = notifications.Email;
        OwnerWebhookUrl = notifications.WebhookUrl;
        NotifyOwner = notifications.OptIn;
        UpdatedAt = at;
    }

    /// <summary>The owner's notification settings as one value.</summary>
    public IdTagNotifications Notifications => new(OwnerEmail, OwnerWebhookUrl, NotifyOwner);
}
