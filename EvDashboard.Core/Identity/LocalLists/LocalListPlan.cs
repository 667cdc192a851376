using EvDashboard.Core.Ocpp.V16;

namespace EvDashboard.Core.Identity.LocalLists;

/// <summary>
/// What a charge point's Local Authorization List should hold, and the update that brings it there
/// (OCPP 1.6 §3.5, §5.15).
/// </summary>
internal static class LocalListPlan
{
    /// <summary>
    /// The list's content: accepted, blocked and expired tags with their IdTagInfo (§3.5.1: the list may hold
    /// refused tags so the charger refuses them offline too). Invalid tags are left out: to the charger they are unknown.
    /// </summary>
    public static IReadOnlyList<LocalListItem> Desired(IEnumerable<LocalListItem> tags, DateTimeOffset now) =>
        tags.Where(t => t.Status is AuthorizationOutcome.Accepted or AuthorizationOutcome.Blocked or AuthorizationOutcome.Expired)
            .Select(t => t.Status == AuthorizationOutcome.Accepted && t.ExpiresAt is { } expires && expires <= now
                ? t with { Status = AuthorizationOutcome.Expired }
                : t)
            .OrderBy(t => t.IdTag, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>
    /// The entries of a differential update from <paramref name="held"/> to <paramref name="desired"/>: new and changed
    /// tags with their IdTagInfo, removed tags without one (§7.1: "If no idTagInfo is given, the idTag is removed").
    /// </summary>
    public static IReadOnlyList<AuthorizationData> Changes(IReadOnlyList<LocalListItem> desired, IReadOnlyList<LocalListItem> held)
    {
        var heldByTag = held.ToDictionary(h => h.IdTag, StringComparer.OrdinalIgnoreCase);
        var desiredTags = desired.Select(d => d.IdTag).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var changed = desired.Where(d => !heldByTag.TryGetValue(d.IdTag, out var h) || !Same(h, d)).Select(ToData);
        var removed = held.Where(h => !desiredTags.Contains(h.IdTag)).Select(h => new AuthorizationData { IdTag = h.IdTag });
        return changed.Concat(removed).ToList();
    }

    public static IReadOnlyList<AuthorizationData> Full(IReadOnlyList<LocalListItem> desired) => desired.Select(ToData).ToList();

    /// <summary>
    /// The messages that carry an update when one SendLocalList.req may hold at most <paramref name="perMessage"/> entries
    /// (SendLocalListMaxLength, §9.2). A Full update becomes a Full with the first entries followed by Differential
    /// updates adding the rest (§5.15: a differential update adds or replaces the idTags it carries). Removals go first so
    /// the charger's list never holds more than the target list half-way, which could overflow LocalAuthListMaxLength.
    /// </summary>
    public static IReadOnlyList<LocalListPart> Split(UpdateType updateType, IReadOnlyList<AuthorizationData> entries, int? perMessage)
    {
        ArgumentNullException.ThrowIfNull(entries);
        if (perMessage is not { } max || entries.Count <= max)
        {
            return [new LocalListPart(updateType, entries)];
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(max, 1, nameof(perMessage));
        var ordered = entries.Where(e => e.IdTagInfo is null).Concat(entries.Where(e => e.IdTagInfo is not null));
        return ordered.Chunk(max)
            .Select((chunk, index) => new LocalListPart(index == 0 ? updateType : UpdateType.Differential, chunk))
            .ToList();
    }

    /// <summary>
    /// What the charger holds after accepting <paramref name="part"/>: a Full part replaces the list, a Differential
    /// part adds or replaces the tags with IdTagInfo and removes those without (§7.1).
    /// </summary>
    public static IReadOnlyList<LocalListItem> Apply(IReadOnlyList<LocalListItem> held, LocalListPart part, IReadOnlyList<LocalListItem> desired)
    {
        ArgumentNullException.ThrowIfNull(part);
        var desiredByTag = desired.ToDictionary(d => d.IdTag, StringComparer.OrdinalIgnoreCase);
        var result = (part.UpdateType == UpdateType.Full ? [] : held).ToDictionary(h => h.IdTag, StringComparer.OrdinalIgnoreCase);
        foreach (var entry in part.Entries)
        {
            if (entry.IdTagInfo is null)
            {
                result.Remove(entry.IdTag);
            }
            else
            {
                result[entry.IdTag] = desiredByTag[entry.IdTag];
            }
        }

        return result.Values.OrderBy(t => t.IdTag, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public static AuthorizationData ToData(LocalListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new AuthorizationData
        {
            IdTag = item.IdTag,
            IdTagInfo = new IdTagInfo
            {
                Status = item.Status switch
                {
                    AuthorizationOutcome.Accepted => AuthorizationStatus.Accepted,
                    AuthorizationOutcome.Blocked => AuthorizationStatus.Blocked,
                    _ => AuthorizationStatus.Expired,
                },
                ExpiryDate = item.ExpiresAt,
                ParentIdTag = item.ParentIdTag,
            },
        };
    }

    private static bool Same(LocalListItem a, LocalListItem b) =>
        a.Status == b.Status && a.ExpiresAt == b.ExpiresAt && string.Equals(a.ParentIdTag, b.ParentIdTag, StringComparison.OrdinalIgnoreCase);
}
