using EvDashboard.Core.Sessions.Queries;

namespace EvDashboard.Components.Pages.Sessions;

/// <summary>Puts freshly read rows into the page's list without bringing back sessions that ended while the read ran.</summary>
internal static class ActiveSessionMerge
{
    /// <param name="current">The rows on the page, newest first.</param>
    /// <param name="read">The ids that were read; those not in <paramref name="fresh"/> are no longer active.</param>
    /// <param name="fresh">What the read returned.</param>
    /// <param name="ended">Sessions the live feed reported ended.</param>
    public static List<ActiveSessionView> Merge(
        IReadOnlyList<ActiveSessionView> current, IReadOnlyCollection<int> read, IReadOnlyList<ActiveSessionView> fresh, IReadOnlySet<int> ended)
    {
        var byId = fresh.ToDictionary(f => f.TransactionId);
        var readIds = read.ToHashSet();
        return current
            .Where(r => !ended.Contains(r.TransactionId) && (!readIds.Contains(r.TransactionId) || byId.ContainsKey(r.TransactionId)))
            .Select(r => byId.TryGetValue(r.TransactionId, out var f) ? f : r)
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.TransactionId)
            .ToList();
    }
}
