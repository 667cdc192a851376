namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// One idTag as a charge point holds it in its Local Authorization List (OCPP 1.6 §3.5): the content of the last
/// update it accepted. A differential update is computed against these rows.
/// </summary>
public sealed class LocalListEntry
{
    private LocalListEntry()
    {
        ChargePointId = IdTag = string.Empty;
    }

    public LocalListEntry(string chargePointId, LocalListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        ChargePointId = chargePointId;
        IdTag = item.IdTag;
        Status = item.Status;
        ExpiresAt = item.ExpiresAt;
        ParentIdTag = item.ParentIdTag;
    }

    public string ChargePointId { get; private set; }

    public string IdTag { get; private set; }

    public AuthorizationOutcome Status { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public string? ParentIdTag { get; private set; }

    public LocalListItem ToItem() => new(IdTag, Status, ExpiresAt, ParentIdTag);
}
