namespace EvDashboard.Core.Tariffs;

/// <summary>
/// A named tariff. Its prices live in immutable <see cref="TariffVersion"/>s: an edit adds a version and moves
/// <see cref="CurrentVersion"/>, so a session keeps the version frozen at its start.
/// </summary>
public sealed class Tariff
{
    public const int MaxNameLength = 100;

    public const int MaxDescriptionLength = 500;

    private Tariff()
    {
        Name = Currency = string.Empty;
    }

    public Tariff(string name, string? description, string currency, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        Name = name;
        Description = description;
        Currency = currency;
        CreatedAt = createdAt;
        UpdatedAt = createdAt;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string? Description { get; private set; }

    /// <summary>Fixed for the tariff's life: every version prices in it, so assignments never mix currencies by surprise.</summary>
    public string Currency { get; private set; }

    /// <summary>The number of the version new sessions get (1, 2, ...); 0 until the first version is added.</summary>
    public int CurrentVersion { get; private set; }

    /// <summary>Archived tariffs price no new session but keep their versions for the sessions that used them.</summary>
    public bool IsArchived { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public TariffVersion AddVersion(TariffDefinition definition, string createdBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (!string.Equals(definition.Currency, Currency, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Tariff '{Name}' prices in {Currency}; a version in {definition.Currency} cannot be added.");
        }

        CurrentVersion++;
        UpdatedAt = at;
        return new TariffVersion(this, CurrentVersion, definition, createdBy, at);
    }

    public void Rename(string name, string? description, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Description = description;
        UpdatedAt = at;
    }

    public void Archive(DateTimeOffset at)
    {
        IsArchived = true;
        UpdatedAt = at;
    }

    public void Restore(DateTimeOffset at)
    {
        IsArchived = false;
        UpdatedAt = at;
    }
}
