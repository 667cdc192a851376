using EvDashboard.Core.Stations;

namespace EvDashboard.Components.Pages.ChargePoints;

/// <summary>The add/edit form's values; <see cref="IsNew"/> decides whether the id can be typed.</summary>
public sealed class ChargePointForm
{
    public bool IsNew { get; init; }

    public string Id { get; set; } = string.Empty;

    public string? Name { get; set; }

    public SecurityProfile Profile { get; set; }

    /// <summary>Whether a key is stored already (the form then never needs to make one).</summary>
    public bool HasKey { get; init; }

    /// <summary>Connected when the form opened: a key for it must go through rotation, not be stored silently.</summary>
    public bool Online { get; init; }

    public string? Error => IsNew && !ChargePoint.IsValidId(Id)
        ? $"The id is 1..{ChargePoint.MaxIdLength} printable characters without spaces or '/'."
        : Name is { Length: > 100 } ? "The name is at most 100 characters." : null;
}
